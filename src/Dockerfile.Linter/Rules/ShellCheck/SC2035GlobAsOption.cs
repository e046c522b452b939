using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2035: an argument that starts with a glob (<c>rm *.tmp</c>) can expand to a name that reads as an option.</summary>
internal sealed class SC2035GlobAsOption : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2035",
        Name = "glob-as-option",
        Title = "Write ./*glob or -- *glob so that file names starting with '-' are not read as options",
        FixTitle = "Prefix the glob with ./",
        MessageFormat = "'{0}' may expand to a name starting with '-', which '{1}' would read as an option; write './{0}' or put '--' before it",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Info),
        Fix = FixAvailability.Sometimes,
        PresetRationale = "Off: on the corpus the globs run in directories the build just created or unpacked (`chmod +x *.sh`, `rm *.tgz`), where no name starts with '-'; info where enabled.",
        Docs = """
            ## What it does
            Reports an argument of a command that starts with an unquoted `*` or `?` (`rm *.tmp`, `chmod +x *`),
            unless it follows `--` (or GNU parallel's `:::`). `echo` and `printf` take no options after their
            first argument and are not reported.

            ## Why
            The shell replaces the glob with the matching names before the command sees them. A file named
            `-rf` or `--help` then arrives as an option: `rm *` in a directory holding `-rf` removes recursively.
            `./*` keeps every name a path; `--` tells the command that no options follow.

            ## Example
            ```dockerfile
            FROM debian:12
            WORKDIR /opt/app
            COPY scripts/ .
            RUN chmod +x *.sh
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            WORKDIR /opt/app
            COPY scripts/ .
            RUN chmod +x ./*.sh
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086; the scripts of `sh -c '…'` are checked too.

            ## Fix safety
            Prefixes the glob with `./`. Unsafe: the command now receives `./name` instead of `name`, which some
            commands keep (`tar` stores the member as `./name`, `zip` likewise).
            """,
    };

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var command in script.Commands)
        {
            if (command.BaseName is "echo" or "printf" or "[[" or "") continue;
            var args = command.Arguments;
            foreach (var word in args)
            {
                if (word.Value is "--" or ":::" or "::::") break;
                if (!StartsWithGlob(script, word)) continue;
                var span = ShellCheckScript.SpanOf(word, new WordPart(WordPartKind.Literal, 0, word.Text.Length, false));
                reporter.Report(span, Prefix(reporter.Source, word), word.Text, command.BaseName);
            }
        }
    }

    /// <summary>True when the word's first piece is unquoted text starting with <c>*</c> or <c>?</c>.</summary>
    private static bool StartsWithGlob(ShellCheckScript script, ShellWord word)
    {
        if (word.Text.Length == 0 || word.Text[0] is not ('*' or '?')) return false;
        var parts = script.PartsOf(word);
        return parts.Count > 0 && parts[0] is { Kind: WordPartKind.Literal, Start: 0, InDoubleQuotes: false };
    }

    private static Fix? Prefix(Syntax.SourceText source, ShellWord word)
    {
        int at = word.Span.Start;
        if (at >= source.Length || source.Text[at] != word.Text[0]) return null;
        return new Fix("Prefix the glob with ./", [new TextEdit(new Syntax.TextSpan(at, 0), "./")], FixSafety.Unsafe);
    }
}
