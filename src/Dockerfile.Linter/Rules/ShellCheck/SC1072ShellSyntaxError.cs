using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Rules;

/// <summary>SC1072: a shell syntax error in a RUN script (an unterminated quote, a missing <c>fi</c> …).</summary>
internal sealed class SC1072ShellSyntaxError : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC1072",
        Name = "shell-syntax-error",
        Title = "The RUN script is not valid shell",
        MessageFormat = "Shell syntax error: {0}; the shell refuses the whole RUN",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Error,
        Hadolint = PresetSetting.On(Severity.Error),
        Docs = """
            ## What it does
            Reports the first shell syntax error of a RUN script: an unterminated `'…'`, `"…"`, `$(…)`, `${…}` or
            backquote, an `if` without `fi` or a loop without `done`, a stray `)`, `}` or `fi`, an operator with no
            command after it (`a && && b`, a trailing `|`), a redirection without a target.

            ## Why
            The shell parses the whole script before running any of it: with a syntax error nothing runs and the
            build fails at this step, usually after the slow steps before it. The most common cause on real files
            is an escaped quote inside single quotes (`'it\'s'`): a backslash does not escape anything between
            single quotes, so the quote closes the string and the next one opens a string that never ends.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN MESSAGE='it\'s done' ./notify.sh
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN MESSAGE="it's done" ./notify.sh
            ```

            ## Differences from hadolint
            ShellCheck reports a parse failure as several notes (SC1073 where the construct starts, SC1009, then
            SC1072 where it gave up, often at the end of the script, or SC1089 and SC1070 for stray keywords);
            hadolint shows the last. This rule reports one finding per RUN under SC1072, at the construct that
            causes it (the quote that never closes), with our parser's description. A `(` inside a word is SC1088.
            Not reported, as they are artefacts of how hadolint hands the text over, not errors of the build:
            RUNs of PowerShell, cmd and Windows stages (most of hadolint's SC1072 findings on the corpus), and a
            RUN ending in a line continuation at the end of the file (BuildKit drops the backslash; hadolint
            passes it to ShellCheck).
            """,
    };

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        if (ShellSyntaxErrors.First(script) is { } error && !ShellSyntaxErrors.IsInvalidParenthesis(error))
            reporter.Report(error.Span, null, error.Message);
    }
}
