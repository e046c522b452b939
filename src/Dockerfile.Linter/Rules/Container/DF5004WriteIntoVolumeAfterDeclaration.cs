using System.Collections.Immutable;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF5004: RUN/COPY/ADD writes into a path after it was declared a VOLUME.</summary>
internal sealed class DF5004WriteIntoVolumeAfterDeclaration : Rule
{
    // Commands whose every path argument is written (created, changed or removed).
    private static readonly HashSet<string> WriteAllPaths =
        ["mkdir", "touch", "chown", "chgrp", "chmod", "rm", "rmdir", "install", "tee", "truncate", "setfacl"];

    // Commands that write only their last path argument (the destination).
    private static readonly HashSet<string> WriteLastPath = ["cp", "mv", "ln", "rsync", "git"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF5004",
        Name = "write-into-volume-after-declaration",
        Title = "Write into a VOLUME path after its declaration",
        MessageFormat = "'{0}' changes '{1}' after line {2} declared it a VOLUME; make the change before the VOLUME instruction",
        Category = RuleCategory.Container,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Tracks the paths declared with `VOLUME` in a stage (and in the stages it is built on) and reports later
            instructions that write into them: `COPY`/`ADD` destinations, and `RUN` commands that create, change or
            delete files there (`mkdir`, `touch`, `chown`, `chmod`, `rm`, `install`, `tee`, the destination of `cp`,
            `mv`, `ln`, `git clone`, `sed -i`, `tar -C`, `unzip -d`, `curl -o`, `wget -O`/`-P`, and `>` redirections).

            ## Why
            With the classic builder every change made to a volume path after `VOLUME` is thrown away, because each
            step runs with a fresh anonymous volume mounted there. BuildKit keeps the changes, so the same Dockerfile
            builds different images depending on the builder. Either way the content only seeds a new volume at run
            time and is hidden by any mounted volume. Prepare the directory first, then declare it.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            VOLUME /var/lib/app
            RUN mkdir -p /var/lib/app/cache && chown -R 1000:1000 /var/lib/app
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            RUN mkdir -p /var/lib/app/cache && chown -R 1000:1000 /var/lib/app
            VOLUME /var/lib/app
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    /// <summary>A declared volume path: the order of its first declaration in the lineage, and its line.</summary>
    private readonly record struct Declared(int Order, int Line);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        if (!HasVolume(syntax)) return;   // most files: no volume, nothing to write into
        // The volumes a stage leaves to the stages built on it, computed once per stage and shared (persistent
        // dictionaries), so a chain of thousands of stages stays linear; only stages that others are built on keep
        // theirs (a file of thousands of unrelated stages keeps none).
        Dictionary<StageInfo, ImmutableDictionary<string, Declared>>? ends = null;
        foreach (var info in context.Semantics.Stages)
        {
            var volumes = info.BaseStage is { } parent && ends is not null && ends.TryGetValue(parent, out var inherited)
                ? inherited
                : s_none;
            foreach (var instruction in info.Stage.Instructions)
            {
                if (instruction is VolumeInstruction volume)
                {
                    foreach (var (path, _) in VolumePaths.Of(volume, context))
                        if (!volumes.ContainsKey(path)) volumes = volumes.Add(path, new Declared(volumes.Count, volume.StartLine));
                    continue;
                }
                if (volumes.IsEmpty) continue;
                foreach (var (span, path, text) in Writes(instruction, context))
                    if (path.StartsWith('/') && FirstVolumeHolding(path, volumes) is { } hit)
                        context.Report(span, SecretValueText.MaskSecrets(text), hit.Path, hit.Line);
            }
            if (info.IsBaseOfAnotherStage) (ends ??= new(ReferenceEqualityComparer.Instance))[info] = volumes;
        }
    }

    private static readonly ImmutableDictionary<string, Declared> s_none = ImmutableDictionary.Create<string, Declared>(StringComparer.Ordinal);

    private static bool HasVolume(DockerfileSyntax syntax)
    {
        foreach (var instruction in syntax.Instructions)
            if (instruction is VolumeInstruction) return true;
        return false;
    }

    /// <summary>The earliest declared volume that is <paramref name="path"/> or one of its ancestors.</summary>
    private static (string Path, int Line)? FirstVolumeHolding(string path, ImmutableDictionary<string, Declared> volumes)
    {
        string normalized = VolumePaths.Normalize(path);
        (string Path, Declared Declared)? best = null;
        void Consider(string candidate)
        {
            if (volumes.TryGetValue(candidate, out var declared) && (best is null || declared.Order < best.Value.Declared.Order))
                best = (candidate, declared);
        }
        Consider("/");
        for (int slash = normalized.IndexOf('/', 1); slash > 0; slash = normalized.IndexOf('/', slash + 1))
            Consider(normalized[..slash]);
        if (normalized != "/") Consider(normalized);
        return best is { } found ? (found.Path, found.Declared.Line) : null;
    }

    private static IEnumerable<(TextSpan Span, string Path, string Text)> Writes(Instruction instruction, RuleContext context)
    {
        switch (instruction)
        {
            case FileTransferInstruction { Destination: { } destination } copy:
                if (context.Semantics.Expand(destination, copy) is { } dest)
                    yield return (destination.Span, dest, copy.Keyword.Text.ToUpperInvariant() + " " + destination.Text);
                break;
            case RunInstruction run:
                foreach (var command in context.PosixScript(run).Commands)
                {
                    foreach (var redirection in command.Redirections)
                        if (redirection.Operator.Contains('>') && redirection.Target is { Value: { } target } word)
                            yield return (word.Span, target, redirection.ToString());
                    foreach (var word in WrittenPaths(command))
                        if (word.Value is { } value)
                            yield return (word.Span, value, command.EffectiveName + " " + word.Text);
                }
                break;
        }
    }

    private static IEnumerable<ShellWord> WrittenPaths(ShellCommand command)
    {
        var positionals = command.PositionalArguments;
        string name = command.EffectiveName;
        if (WriteAllPaths.Contains(name))
        {
            // chmod/chown/chgrp take a mode or owner first
            int skip = name is "chmod" or "chown" or "chgrp" or "setfacl" ? 1 : 0;
            foreach (var p in positionals.Skip(skip)) yield return p;
        }
        else if (WriteLastPath.Contains(name) && positionals.Length >= 2)
        {
            if (name != "git" || positionals[0].Value == "clone") yield return positionals[^1];
        }
        else if (name == "sed" && command.HasFlag("i", "in-place"))
        {
            foreach (var p in positionals.Skip(1)) yield return p;
        }
        foreach (var flag in command.Flags)
        {
            bool writes = name switch
            {
                "tar" => flag.Name is "C" or "directory",
                "unzip" => flag.Name == "d",
                "curl" => flag.Name is "o" or "output",
                "wget" => flag.Name is "O" or "output-document" or "P" or "directory-prefix",
                _ => false,
            };
            if (writes && flag.ValueWord is { } value) yield return value;
        }
    }
}
