using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2006: a legacy backtick command substitution.</summary>
internal sealed class SC2006Backticks : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2006",
        Name = "backtick-substitution",
        Title = "Use $(…) instead of backticks",
        MessageFormat = "Backtick substitution '{0}'; use $(…), which nests and quotes predictably",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Style,
        Hadolint = PresetSetting.On(Severity.Style),
        Fix = FixAvailability.Sometimes,
        FixTitle = "Use $(…)",
        PresetRationale = "Cosmetic with a safe fix: style, as in ShellCheck.",
        Docs = """
            ## What it does
            Reports a command substitution written with backticks (`` `cmd` ``) in a RUN script.

            ## Why
            Inside backticks a backslash means something different than everywhere else, nesting needs escaped
            backticks, and the quotes of an inner command interact with the outer ones. `$(cmd)` has none of these
            problems, reads better and is POSIX.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN echo "built on `date -u`" > /etc/build-info
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN echo "built on $(date -u)" > /etc/build-info
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086.

            ## Fix safety
            Rewrites `` `cmd` `` as `$(cmd)`; offered when the substitution holds no backslash (whose meaning would
            change) and is written as it is in the file. Safe: the command run is the same.
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.Backtick;

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var command in script.Commands)
        {
            foreach (var word in CommandWords.All(command))
            {
                if (word.Text.IndexOf('`') < 0) continue;   // most words: no pieces to split
                foreach (var part in script.PartsOf(word))
                {
                    if (part.Kind != WordPartKind.Backticks) continue;
                    var span = ShellCheckScript.SpanOf(word, part);
                    string text = word.Text[part.Start..part.End];
                    reporter.Report(span, Rewrite(reporter.Source, span, text), SC2046UnquotedCommandSubstitution.Abbreviate(text));
                }
            }
        }
    }

    /// <summary>Every word of the command: assignments, name, arguments and redirection targets.</summary>
    private static Fix? Rewrite(SourceText source, TextSpan span, string text)
    {
        if (text.Length < 2 || text[^1] != '`' || text.IndexOf('\\') >= 0) return null;
        if (span.End > source.Length || !source.Text.AsSpan(span.Start, span.Length).SequenceEqual(text)) return null;
        string inner = text[1..^1];
        // "$((" would read as arithmetic: keep the two parentheses apart.
        string replacement = inner.StartsWith('(') ? "$( " + inner + ")" : "$(" + inner + ")";
        return new Fix("Use $(…)", [new TextEdit(span, replacement)]);
    }
}
