using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Rules;

/// <summary>SC1088: a <c>(</c> where the shell cannot take one (<c>echo print("x")</c>), which stops parsing.</summary>
internal sealed class SC1088InvalidParenthesis : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC1088",
        Name = "invalid-parenthesis",
        Title = "A parenthesis the shell cannot parse",
        MessageFormat = "'(' is not valid here: the shell refuses the whole RUN; quote or escape it",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Error,
        Hadolint = PresetSetting.On(Severity.Error),
        Docs = """
            ## What it does
            Reports an unquoted `(` in the middle of a command (`echo print("hi")`, `icacls dir /grant x:(OI)F`),
            where the shell expects only a word.

            ## Why
            Unquoted parentheses belong to the shell's grammar (subshells, function definitions), so the shell
            refuses the whole script with `syntax error near unexpected token '('` and the build fails. Text meant
            as an argument must be quoted: `echo 'print("hi")'`.

            ## Example
            ```dockerfile
            FROM python:3.12
            RUN echo print("hello") > /app/hello.py
            ```

            ## Use instead
            ```dockerfile
            FROM python:3.12
            RUN echo 'print("hello")' > /app/hello.py
            ```

            ## Differences from hadolint
            ShellCheck reports the parenthesis twice, SC1036 ("invalid here") and SC1088 ("parsing stopped");
            hadolint shows one of them. This rule reports it once, under SC1088. The Windows commands behind most
            of hadolint's SC1088 and SC1036 findings on the corpus (PowerShell, `icacls` in Windows stages) are not
            shell-checked.
            """,
    };

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        if (ShellSyntaxErrors.First(script) is { } error && ShellSyntaxErrors.IsInvalidParenthesis(error))
            reporter.Report(error.Span, null);
    }
}
