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
            …) that a later RUN in the same stage extracts with `tar -x`, `unzip`, `gunzip` and the like, by its
            own name or by the name it was copied to (`COPY app.tar /opt/x.tar` then `tar -xf /opt/x.tar`); paths
            may use `/` or Windows' `\`.

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

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnStage((stage, context) => Check(stage.Instructions, context));
        // The instructions before the first FROM (a snippet) form an implicit stage.
        registrar.OnFile((_, context) => Check(context.Semantics.Preamble, context));
    }

    private static void Check(IEnumerable<Instruction> instructions, RuleContext context)
    {
        var copied = new List<(string Name, Word Source)>();
        foreach (var instruction in instructions)
        {
            if (instruction is CopyInstruction copy && copy.From is null)
            {
                foreach (var source in copy.Sources)
                {
                    string name = FileName(source.Text);
                    if (!IsArchive(name)) continue;
                    copied.Add((name, source));
                    // `COPY app.tar /opt/x.tar` then `tar -xf /opt/x.tar`: the copy is extracted under its new name.
                    if (copy.Destination is { } destination
                        && FileName(destination.Text) is { } renamed && IsArchive(renamed) && renamed != name)
                        copied.Add((renamed, source));
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
                        string argName = FileName(arg.UnquotedText);
                        foreach (var hit in copied.Where(c => c.Name == argName).ToList())
                        {
                            // One finding per copied source, whichever of its names is extracted.
                            if (copied.Any(c => c.Source == hit.Source)) context.Report(hit.Source.Span, hit.Name);
                            copied.RemoveAll(c => c.Source == hit.Source);
                        }
                    }
                }
            }
        }
    }

    private static bool IsArchive(string name) => ArchiveExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    // The last segment of a path written with `/` or Windows' `\` (quotes removed).
    private static string FileName(string path)
    {
        string trimmed = path.Trim('"', '\'');
        int cut = trimmed.LastIndexOfAny(['/', '\\']);
        return cut < 0 ? trimmed : trimmed[(cut + 1)..];
    }
}
