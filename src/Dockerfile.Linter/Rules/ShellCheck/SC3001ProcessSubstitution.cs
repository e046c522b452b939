using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC3001: process substitution <c>&lt;(…)</c> / <c>&gt;(…)</c> in POSIX sh.</summary>
internal sealed class SC3001ProcessSubstitution : PortabilityRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC3001",
        Name = "posix-process-substitution",
        Title = "POSIX sh has no process substitution",
        MessageFormat = "'{0}' is process substitution, which POSIX sh does not have: dash stops with a syntax error",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = $"""
            ## What it does
            Reports `<(command)` and `>(command)` in a RUN that POSIX sh runs.

            ## Why
            Process substitution is a bash, ksh and zsh feature. dash, `/bin/sh` on Debian and Ubuntu, reports
            `Syntax error: "(" unexpected` and the build fails. Use a pipe or a temporary file, or run the stage
            with bash.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN diff <(sort /etc/a.list) <(sort /etc/b.list)
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN sort /etc/a.list > /tmp/a && sort /etc/b.list | diff /tmp/a -
            ```

            ## Differences from hadolint
            {DialectDocs}
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.OpenParen;

    protected override void CheckCommand(ShellCheckScript script, ShellCommand command, ShellCheckReporter reporter)
    {
        foreach (var word in command.Words)
            if (word.Text.Length > 2 && word.Text[0] is '<' or '>' && word.Text[1] == '(')
                reporter.Report(word.Span, null, SC2046UnquotedCommandSubstitution.Abbreviate(word.Text));
    }
}
