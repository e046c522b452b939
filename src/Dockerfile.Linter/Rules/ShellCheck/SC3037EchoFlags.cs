using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC3037: <c>echo -e</c>, <c>echo -n</c> and other echo options in POSIX sh.</summary>
internal sealed class SC3037EchoFlags : PortabilityRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC3037",
        Name = "posix-echo-flags",
        Title = "POSIX sh does not define echo options",
        MessageFormat = "'echo {0}': POSIX sh does not define echo options; dash prints '{0}' as text; use printf",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Info: most corpus findings run on images whose /bin/sh is bash (CentOS, Amazon Linux) or busybox (Alpine), which accept the options; on Debian and Ubuntu (dash) the output is wrong.",
        Docs = $"""
            ## What it does
            Reports `echo` whose first argument is made of the options `-e`, `-E`, `-n` and `-s` (`echo -e`,
            `echo -ne`, `echo -n`) in a RUN that POSIX sh runs.

            ## Why
            POSIX leaves echo's options undefined, and the shells behind `/bin/sh` disagree: bash and busybox
            understand `-e` and `-n`, dash (Debian's and Ubuntu's `/bin/sh`) prints `-e` as text and interprets
            backslash escapes anyway. The same line writes a different file depending on the base image. `printf`
            behaves the same everywhere.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN echo -e "[main]\ngpgcheck=1" > /etc/app.conf
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN printf '[main]\ngpgcheck=1\n' > /etc/app.conf
            ```

            ## Differences from hadolint
            Same judgement as ShellCheck: the command written as `echo` or `/bin/echo` (not through `sudo` or
            `command`), its first argument after quote removal. {DialectDocs}
            """,
    };

    protected override void CheckCommand(ShellCheckScript script, ShellCommand command, ShellCheckReporter reporter)
    {
        if (WrittenName(command) != "echo" || command.Words.Length < 2) return;
        var first = command.Words[1];
        if (first.Value is { } value && IsEchoOptions(value)) reporter.Report(first.Span, null, value);
    }

    private static bool IsEchoOptions(string value)
    {
        if (value.Length < 2 || value[0] != '-') return false;
        for (int i = 1; i < value.Length; i++)
            if (value[i] is not ('e' or 'E' or 'n' or 's')) return false;
        return true;
    }
}
