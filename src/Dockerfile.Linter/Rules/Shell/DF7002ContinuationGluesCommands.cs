using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF7002: a line continuation without <c>&amp;&amp;</c> or <c>;</c> turns the next command into arguments of the previous one.</summary>
internal sealed class DF7002ContinuationGluesCommands : Rule
{
    private static readonly HashSet<string> PackageManagers = ["apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper"];

    private static readonly HashSet<string> PackageSubcommands =
        ["update", "upgrade", "install", "add", "del", "remove", "purge", "autoremove", "clean", "dist-upgrade", "makecache"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF7002",
        Name = "continuation-glues-commands",
        Title = "A line continuation without && or ; makes the next command an argument",
        MessageFormat = "'{0}' on this line is an argument of '{1}' on the line before, which ends in '\\' without '&&' or ';'; the command does not run as written",
        Category = RuleCategory.Shell,
        DefaultSeverity = Severity.Warning,
        Fix = FixAvailability.Always,
        FixTitle = "End the command before the continuation",
        PresetRationale = "No finding on the corpus once set -- (docker-library/busybox's deliberate argument list) is left out; each finding is a command that never runs as written, so it fails the gate.",
        Docs = """
            ## What it does
            Reports a command line that continues (`\`) into a line that reads like a new command but is parsed as
            arguments of the previous one:
            - `set -eux \` followed by a command: the command's words become the positional parameters, and
              nothing runs;
            - `cd dir \` followed by a command;
            - a package manager command (`apt-get`, `apk`, `yum`, `dnf`, `microdnf`, `zypper`) continued into
              another package manager call (`apt-get update \` then `apt-get install -y curl`).

            ## Why
            The slip is easy to make when reordering lines and hard to see: `set -eux \` swallows the rest of the
            script (the build succeeds and does nothing), and `apt-get update \ apt-get install …` fails with a
            confusing message or, worse, installs packages called `apt-get` and `install`.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN set -eux \
                apt-get update \
                && apt-get install -y --no-install-recommends curl
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            RUN set -eux; \
                apt-get update \
                && apt-get install -y --no-install-recommends curl
            ```

            ## Fix safety
            The fix ends the previous command before the continuation (`;` after `set`, `&&` otherwise). It is
            unsafe: commands that never ran start running.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        command = command.Effective;
        var words = command.Words;
        if (words.Length < 2) return;
        int glued = GluedAt(command, words, context.Context.Source);
        if (glued < 0) return;
        var previous = words[glued - 1];
        string separator = command.BaseName == "set" ? ";" : " &&";
        var fix = new Fix($"End '{command.BaseName}' before the continuation", [new TextEdit(new TextSpan(previous.Span.End, 0), separator)], FixSafety.Unsafe);
        context.Report(TextSpan.FromBounds(words[glued].Span.Start, words[^1].Span.End), fix, words[glued].Text, command.BaseName);
    }

    /// <summary>The index of the first word that starts a new line and begins a glued command, or -1.</summary>
    private static int GluedAt(ShellCommand command, System.Collections.Immutable.ImmutableArray<ShellWord> words, SourceText source)
    {
        string name = command.BaseName;
        // Only these commands can have a glued command: every other one is left without looking at its words.
        if (name is not ("set" or "cd") && !PackageManagers.Contains(name)) return -1;
        for (int i = 1; i < words.Length; i++)
        {
            if (!StartsLine(words[i - 1], words[i], source)) continue;
            string word = words[i].UnquotedText;
            switch (name)
            {
                // set with options: any word after a continuation is a positional parameter nobody meant
                // (set -- a b and set - a b mean to set them)
                case "set" when i > 1 && !IsOption(word) && word.Length > 0
                    && words.Skip(1).Take(i - 1).All(w => w.UnquotedText is not ("--" or "-") && (IsOption(w.UnquotedText) || IsOptionName(w.UnquotedText))):
                    return i;
                case "cd" when i >= 2 && !word.StartsWith('-') && word.Length > 0 && IsCommandLike(word):
                    return i;
            }
            if (PackageManagers.Contains(name) && PackageManagers.Contains(ShellCommand.BaseNameOf(word)) && i + 1 < words.Length
                && PackageSubcommands.Contains(words[i + 1].UnquotedText))
                return i;
        }
        return -1;
    }

    private static bool IsOption(string word) => word.Length > 1 && word[0] is '-' or '+';

    private static bool IsOptionName(string word) => word is "pipefail" or "errexit" or "nounset" or "xtrace" or "noclobber" or "verbose";

    // A word that reads as a command name rather than a path (cd /src \ make): no slash, no dot, no variable
    private static bool IsCommandLike(string word) =>
        word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') && word.Any(char.IsAsciiLetter);

    private static bool StartsLine(ShellWord previous, ShellWord word, SourceText source)
    {
        if (word.Span.Start <= previous.Span.End) return false;
        return source.Text.AsSpan(previous.Span.End, word.Span.Start - previous.Span.End).Contains('\n');
    }
}
