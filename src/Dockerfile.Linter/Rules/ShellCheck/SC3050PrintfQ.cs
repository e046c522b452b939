using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC3050: <c>printf %q</c> in POSIX sh.</summary>
internal sealed class SC3050PrintfQ : PortabilityRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC3050",
        Name = "posix-printf-q",
        Title = "POSIX printf has no %q",
        MessageFormat = "printf format {0} uses %q, which POSIX printf does not have: dash's printf stops with 'invalid directive'",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = $"""
            ## What it does
            Reports a `printf` whose format string contains the `%q` conversion (shell-quoted output) in a RUN that
            POSIX sh runs.

            ## Why
            `%q` is an extension of bash's builtin printf. dash's printf, used by `/bin/sh` on Debian and Ubuntu,
            rejects it with `invalid directive` and prints nothing for it, so the file or command line it was
            meant to build comes out wrong.

            ## Example
            ```dockerfile
            FROM debian:12
            ARG GREETING="hello world"
            RUN printf 'export GREETING=%q\n' "$GREETING" >> /etc/profile.d/app.sh
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            SHELL ["/bin/bash", "-c"]
            ARG GREETING="hello world"
            RUN printf 'export GREETING=%q\n' "$GREETING" >> /etc/profile.d/app.sh
            ```

            ## Differences from hadolint
            {DialectDocs}
            """,
    };

    protected override void CheckCommand(ShellCheckScript script, ShellCommand command, ShellCheckReporter reporter)
    {
        if (WrittenName(command) != "printf" || command.Words.Length < 2) return;
        var format = command.Words[1];
        if (format.Value == "--" && command.Words.Length > 2) format = command.Words[2];
        if (format.Value is { } value && UsesQ(value)) reporter.Report(format.Span, null, format.Text);
    }

    /// <summary>True when a conversion of <paramref name="format"/> is <c>%q</c> (with any flags, width or precision).</summary>
    private static bool UsesQ(string format)
    {
        for (int i = 0; i < format.Length; i++)
        {
            if (format[i] != '%') continue;
            int j = i + 1;
            if (j < format.Length && format[j] == '%')
            {
                i = j;
                continue;
            }
            while (j < format.Length && (format[j] is '-' or '+' or ' ' or '#' or '0' or '.' or '*' || char.IsAsciiDigit(format[j]))) j++;
            if (j < format.Length && format[j] == 'q') return true;
            i = j - 1;
        }
        return false;
    }
}
