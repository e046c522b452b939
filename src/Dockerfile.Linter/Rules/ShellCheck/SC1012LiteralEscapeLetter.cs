using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Rules;

/// <summary>SC1012: <c>\n</c>, <c>\t</c> or <c>\r</c> outside quotes, which is just the letter.</summary>
internal sealed class SC1012LiteralEscapeLetter : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC1012",
        Name = "literal-escape-letter",
        Title = "\\n, \\t or \\r outside quotes is just the letter",
        MessageFormat = "'\\{0}' outside quotes is the letter '{0}', not a control character; write it inside quotes for printf, or use \"$(printf '\\{0}')\"",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = """
            ## What it does
            Reports `\n`, `\t` or `\r` written outside quotes in a RUN script.

            ## Why
            Outside quotes the shell drops the backslash and keeps the letter, so `printf %s\n x` prints `x` with a
            trailing `n` and no line break, and `echo a\tb` prints `atb`. The escape has to reach the program
            inside quotes (`printf '%s\n' x`) to mean a control character.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN printf %s\n "listen 8080" > /etc/app.conf
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN printf '%s\n' "listen 8080" > /etc/app.conf
            ```

            ## Differences from hadolint
            As in ShellCheck, nothing after a shell syntax error (SC1072, SC1088) is reported.
            The Windows paths behind hadolint's SC1012 findings on the corpus (`c:\nginx` in PowerShell commands of
            Windows stages) are not shell-checked.
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.Backslash;

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var (span, escaped) in script.UselessEscapes)
            if (escaped is 'n' or 't' or 'r') reporter.Report(span, null, escaped);
    }
}
