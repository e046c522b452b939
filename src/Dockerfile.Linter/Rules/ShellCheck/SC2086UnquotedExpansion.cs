using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2086: an unquoted variable whose value may hold spaces or glob characters.</summary>
internal sealed class SC2086UnquotedExpansion : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2086",
        Name = "unquoted-variable",
        Title = "Double-quote variables to keep their value one word",
        MessageFormat = "'{0}' is not quoted: a value with spaces or '*' would be split into several words and globbed; write \"{0}\"",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Info),
        Fix = FixAvailability.Sometimes,
        FixTitle = "Double-quote the expansion",
        PresetRationale = "Left on as advice: it reports only values that may really hold blanks (command output, an environment nothing declares), not ARG/ENV values known to be one word, which are most of what hadolint reports.",
        Docs = """
            ## What it does
            Reports a `$variable` or `${variable}` written outside double quotes in a RUN script when its value may
            contain blanks or glob characters: a variable the script sets from a command's output, a quoted string
            with spaces, `read` or a loop over a glob, a positional parameter, or a variable neither the script nor
            the Dockerfile sets (the build environment may hold anything).

            ## Why
            The shell splits the value of an unquoted expansion at blanks and expands `*`, `?` and `[…]` against
            the file system. `rm -rf $DIR/tmp` with `DIR="my app"` removes `my` and `app/tmp`; an empty value makes
            the argument disappear. `"$DIR/tmp"` is always one argument.

            Variables whose every value is known to be one word are not reported: one the script last set to a
            plain word (`V=1.2.3 && curl -O https://example.com/v$V.tgz`), special parameters such as `$?`, `$#`
            and `${#name}`, and variables the Dockerfile declares with `ARG` or `ENV` that the script does not
            reassign (hadolint tells ShellCheck about those names in the same way).

            ## Example
            ```dockerfile
            FROM debian:12
            RUN FILES=$(ls /opt/app) && cp $FILES /srv/
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN FILES=$(ls /opt/app) && cp "$FILES" /srv/
            ```

            ## Differences from hadolint
            The same judgement as ShellCheck's (the latest assignment before the use decides), without its data
            flow through functions and loops. Shell-form RUN only: exec-form RUN is not a shell script, and
            PowerShell, cmd and Windows stages are not shell-checked (hadolint 2.12 runs ShellCheck on both and
            reports parse errors there). Scripts of `sh -c '…'` are checked too; ShellCheck sees only a string.
            An ENV of a base stage (`FROM base`) is known with its value, as BuildKit passes it on; hadolint 2.12
            forgot it at the FROM and reported its uses (on the corpus, most of the RUN lines hadolint reports and
            this rule does not). A `# hadolint shell=powershell` comment turns the checks off for its stage.

            ## Fix safety
            Double quotes around the expansion. Offered where the word is written as it is (not inside an escaped
            `sh -c` string), and marked unsafe: when a value is meant to hold several words (`$CFLAGS`), quoting
            changes the command.
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.Dollar;   // an unquoted parameter needs a $

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        SpacefulVariables? variables = null;   // worked out at the first unquoted parameter
        foreach (var command in script.Commands)
        {
            foreach (var word in script.SplitWords(command))
            {
                if (word.Text.IndexOf('$') < 0) continue;   // no parameter to expand
                foreach (var part in script.PartsOf(word))
                {
                    if (part.Kind != WordPartKind.Parameter || part.InDoubleQuotes) continue;
                    var span = ShellCheckScript.SpanOf(word, part);
                    if (!(variables ??= script.Variables).MayBeSpaceful(part, span.Start)) continue;
                    string text = word.Text[part.Start..part.End];
                    reporter.Report(span, QuoteFix(reporter.Source, command, word, span), text);
                }
            }
        }
    }

    private static Fix? QuoteFix(SourceText source, ShellCommand command, ShellWord word, TextSpan span)
    {
        if (command.Context == ShellCommandContext.ShellArgument) return null;
        if (word.Span.End > source.Length || source.Text.AsSpan(word.Span.Start, word.Span.Length).SequenceEqual(word.Text) is false) return null;
        return new Fix("Double-quote the expansion",
            [new TextEdit(new TextSpan(span.Start, 0), "\""), new TextEdit(new TextSpan(span.End, 0), "\"")], FixSafety.Unsafe);
    }
}
