using Dockerfile.Linter.Context;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Finds the shell scripts a Dockerfile's <c>RUN</c>, <c>ENTRYPOINT</c> and <c>CMD</c> instructions run that a COPY/ADD
/// took from the build context (<c>RUN ./install.sh</c>, <c>RUN bash /tmp/x.sh</c>, <c>ENTRYPOINT ["/entrypoint.sh"]</c>,
/// <c>CMD ["sh", "/start.sh"]</c>, a bare name copied into a <c>PATH</c> directory), and reads and parses them.
/// Bounded: at most <see cref="MaxScripts"/> files of at most <see cref="MaxScriptBytes"/> each, regular files only,
/// no symbolic link followed, nothing .dockerignore excludes. Scripts the scripts run are not followed further.
/// </summary>
internal static class ScriptFollower
{
    /// <summary>The largest script read (256 KiB); a larger one is skipped.</summary>
    public const int MaxScriptBytes = 256 * 1024;

    /// <summary>The most scripts read for one Dockerfile.</summary>
    public const int MaxScripts = 16;

    /// <summary>The most commands looked up in the image's files for one Dockerfile (a generated file can have millions).</summary>
    public const int MaxLookups = 4_096;

    private static readonly HashSet<string> Shells = ["sh", "bash", "dash", "ash", "ksh", "mksh", "zsh", "busybox"];

    // The directories of the default PATH of most images, searched for a bare command name.
    private static readonly string[] PathDirectories = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

    /// <summary>The scripts of <paramref name="syntax"/> found in <paramref name="context"/>, each once.</summary>
    public static IReadOnlyList<FollowedScript> Follow(DockerfileSyntax syntax, SemanticModel semantics, BuildContext context,
        Func<RunInstruction, ShellScript> runScript)
    {
        var files = new ImageFiles(semantics, context);
        var followed = new List<FollowedScript>();
        var byPath = new Dictionary<string, FollowedScript>(StringComparer.Ordinal);
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        int lookups = 0;
        foreach (var stage in syntax.Stages)
        {
            foreach (var instruction in stage.Instructions)
            {
                foreach (var (word, path, relativeToWorkdir) in Invocations(instruction, semantics, runScript))
                {
                    if (followed.Count >= MaxScripts || ++lookups > MaxLookups) return followed;
                    bool atBuild = instruction is RunInstruction;
                    var contextPath = Locate(files, semantics, instruction, stage, path, relativeToWorkdir, out var imagePath);
                    if (contextPath is null || skipped.Contains(contextPath)) continue;
                    if (byPath.TryGetValue(contextPath, out var known))
                    {
                        // Run again: by the container after a RUN ran it, the container's runner is the one to show.
                        if (!atBuild && !known.RunsAtStart) (known.Runner, known.RunnerSpan, known.Stage) = (instruction, word.Span, stage);
                        known.RunsAtBuild |= atBuild;
                        known.RunsAtStart |= !atBuild;
                        continue;
                    }
                    var (text, _) = context.ReadScript(contextPath, MaxScriptBytes);
                    if (text is null || !IsShellScript(text))
                    {
                        skipped.Add(contextPath);
                        continue;
                    }
                    followed.Add(byPath[contextPath] = new FollowedScript
                    {
                        RunsAtBuild = atBuild,
                        RunsAtStart = !atBuild,
                        File = new DiagnosticFile { Path = DisplayPath(context.RootDirectory, contextPath), ContextPath = contextPath, Source = new SourceText(text, DisplayPath(context.RootDirectory, contextPath)) },
                        Script = ShellParser.Parse(text),
                        ImagePath = imagePath!,
                        Runner = instruction,
                        RunnerSpan = word.Span,
                        Stage = stage,
                    });
                }
            }
        }
        return followed;
    }

    // The context file for a path a command runs: looked up in PATH when it is a bare name, against WORKDIR otherwise.
    private static string? Locate(ImageFiles files, SemanticModel semantics, Instruction instruction, Stage stage, string path,
        bool relativeToWorkdir, out string? imagePath)
    {
        imagePath = null;
        if (!files.MayHold(path)) return null;
        var before = instruction is RunInstruction ? instruction : null;
        IEnumerable<string> candidates = path.Contains('/') || relativeToWorkdir
            ? [ImagePaths.Resolve(path, ImagePaths.WorkdirAt(semantics, instruction)) ?? ""]
            : PathDirectories.Select(d => d + "/" + path);
        foreach (var candidate in candidates)
        {
            if (candidate.Length == 0) continue;
            if (files.ContextPathOf(candidate, stage, before) is { } found)
            {
                imagePath = candidate;
                return found;
            }
        }
        imagePath = null;
        return null;
    }

    /// <summary>
    /// The script paths an instruction runs, with the word that names each: the command itself when it is a path or a
    /// bare name (<c>./install.sh</c>, <c>/entrypoint.sh</c>, <c>docker-entrypoint.sh</c>), or the script argument of a
    /// shell (<c>sh x.sh</c>, <c>bash -e /tmp/x.sh</c>) or of <c>source</c> / <c>.</c>; the last flag says the path is
    /// relative to WORKDIR even without a '/'. Commands inside substitutions are left out.
    /// </summary>
    internal static IEnumerable<(ShellWord Word, string Path, bool RelativeToWorkdir)> Invocations(Instruction instruction,
        SemanticModel semantics, Func<RunInstruction, ShellScript> runScript)
    {
        if (semantics.IsOnbuildTrigger(instruction)) yield break;
        ShellScript? script = instruction switch
        {
            RunInstruction run when run.Command is ExecForm || semantics.IsPosixShell(run) => runScript(run),
            CmdInstruction or EntrypointInstruction when ((CommandInstruction)instruction).Command is ExecForm || semantics.IsPosixShell(instruction)
                => ContainerCommands.Parse(instruction),
            _ => null,
        };
        if (script is null) yield break;
        foreach (var command in script.Commands)
        {
            if (command.Context is ShellCommandContext.CommandSubstitution or ShellCommandContext.ProcessSubstitution) continue;
            var (name, nameWord) = ContainerCommands.StartedProgram(command);
            if (nameWord is null) continue;
            var effective = command.Effective;
            if (Shells.Contains(name) || name is "source" or ".")
            {
                if (ScriptArgument(effective, nameWord, name) is { } scriptWord && Value(scriptWord, instruction, semantics) is { } value)
                    yield return (scriptWord, value, true);
                continue;
            }
            if (Value(nameWord, instruction, semantics) is { } program) yield return (nameWord, program, false);
        }
    }

    // The first argument after the shell's options, unless an option says the script is inline (-c) or on stdin (-s).
    private static ShellWord? ScriptArgument(ShellCommand command, ShellWord nameWord, string name)
    {
        var words = command.Words;
        int i = words.IndexOf(nameWord) + 1;
        if (i <= 0) return null;
        if (name == "busybox")
        {
            if (i >= words.Length || words[i].UnquotedText is not ("sh" or "ash")) return null;
            i++;
        }
        for (; i < words.Length; i++)
        {
            var text = words[i].UnquotedText;
            if (text == "--") return i + 1 < words.Length ? words[i + 1] : null;
            if (text.Length < 2 || text[0] is not ('-' or '+')) return words[i];
            if (text[0] == '-' && text[1] != '-' && (text.Contains('c') || text.Contains('s'))) return null;
            if (text is "-o" or "+o" or "-O" or "+O") i++;   // an option name follows
        }
        return null;
    }

    private static string? Value(ShellWord word, Instruction instruction, SemanticModel semantics)
    {
        if (word.Value is { Length: > 0 } value) return value;
        return word.HasExpansion && !word.Text.Contains('`') && !word.Text.Contains("$(", StringComparison.Ordinal)
            ? semantics.Expand(word.UnquotedText, instruction) is { Length: > 0 } expanded && !expanded.Contains('$') ? expanded : null
            : null;
    }

    /// <summary>False for a file whose <c>#!</c> line names another interpreter (python, node, perl…).</summary>
    internal static bool IsShellScript(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (!text.StartsWith("#!", StringComparison.Ordinal)) return true;
        int end = text.IndexOf('\n');
        var words = text[2..(end < 0 ? text.Length : end)].Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return true;
        string interpreter = ShellCommand.BaseNameOf(words[0]);
        if (interpreter == "env")
            interpreter = words.Skip(1).FirstOrDefault(w => !w.StartsWith('-')) is { } named ? ShellCommand.BaseNameOf(named) : "";
        return Shells.Contains(interpreter);
    }

    /// <summary>The script's path as reports show it: relative to the current directory when below it, full otherwise.</summary>
    private static string DisplayPath(string root, string contextPath)
    {
        string full = Path.Combine(root, contextPath.Replace('/', Path.DirectorySeparatorChar));
        try
        {
            string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return full;
        }
    }
}
