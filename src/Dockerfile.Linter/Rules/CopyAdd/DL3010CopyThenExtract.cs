using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3010: an archive COPY'd into the image and extracted by a later RUN.</summary>
internal sealed class DL3010CopyThenExtract : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3010",
        Name = "copy-then-extract",
        Title = "Use ADD to extract local archives",
        MessageFormat = "Archive '{0}' is copied and then extracted in a later RUN; ADD extracts it without keeping the archive in a layer",
        Category = RuleCategory.CopyAdd,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Info),
        Docs = """
            ## What it does
            Reports a `COPY` (from the build context) of an archive (`.tar`, `.tar.gz`, `.tgz`, `.tar.xz`, `.zip`,
            …) that a later RUN in the same stage extracts with `tar -x`, `unzip`, `gunzip` and the like.

            ## Why
            The copied archive stays in its own layer even when the RUN deletes it, so the image carries it twice.
            `ADD archive.tar.gz /dest/` extracts a local tar archive in one step and leaves no copy behind.

            ## Example
            ```dockerfile
            FROM debian:12
            COPY app.tar.gz /tmp/
            RUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            ADD app.tar.gz /opt/
            ```
            """,
    };

    private static readonly string[] ArchiveExtensions =
        [".tar", ".gz", ".bz2", ".xz", ".tgz", ".z", ".lz", ".lzma", ".tz", ".tb2", ".tbz", ".tbz2", ".tlz", ".tpz", ".txz", ".zip"];

    private static readonly HashSet<string> Extractors =
        ["unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat"];

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        var copied = new List<(string Name, Word Source)>();
        foreach (var instruction in stage.Instructions)
        {
            if (instruction is CopyInstruction copy && copy.From is null)
            {
                foreach (var source in copy.Sources)
                {
                    string name = Path.GetFileName(source.Text.Trim('"'));
                    if (ArchiveExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))) copied.Add((name, source));
                }
            }
            else if (instruction is RunInstruction run && copied.Count > 0 && context.Semantics.IsPosixShell(run))
            {
                foreach (var command in context.GetScript(run).Commands)
                {
                    bool extracts = Extractors.Contains(command.EffectiveName) ||
                        (command.EffectiveName == "tar" && (command.HasFlag("x", "extract", "get") ||
                            command.Effective.Arguments.FirstOrDefault() is { Value: { } first } && !first.StartsWith('-') && first.Contains('x')));
                    if (!extracts) continue;
                    foreach (var arg in command.Effective.Arguments)
                    {
                        string argName = Path.GetFileName(arg.UnquotedText);
                        foreach (var hit in copied.Where(c => c.Name == argName).ToList())
                        {
                            context.Report(hit.Source.Span, hit.Name);
                            copied.Remove(hit);
                        }
                    }
                }
            }
        }
    }
}
