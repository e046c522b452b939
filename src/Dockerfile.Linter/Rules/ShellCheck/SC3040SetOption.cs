using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC3040: <c>set -o pipefail</c> and other non-POSIX <c>set -o</c> options in POSIX sh.</summary>
internal sealed class SC3040SetOption : PortabilityRule
{
    private static readonly HashSet<string> PosixOptions =
        ["allexport", "errexit", "ignoreeof", "monitor", "noclobber", "noexec", "noglob", "nolog", "notify", "nounset", "verbose", "vi", "xtrace"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC3040",
        Name = "posix-set-option",
        Title = "POSIX sh does not define this set -o option",
        MessageFormat = "'set -o {0}' is not an option every POSIX sh has: a /bin/sh without it stops the RUN with 'Illegal option'",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = $"""
            ## What it does
            Reports a `set -o NAME` (also `set +o NAME` and bundles such as `set -eo pipefail`) whose option is
            not one of POSIX sh's (`errexit`, `nounset`, `xtrace`, `noglob` …), in a RUN that POSIX sh runs. Most
            findings are `pipefail`.

            ## Why
            bash, busybox ash and recent dash know `pipefail`, but the `/bin/sh` of many images does not: it
            stops the RUN with `set: Illegal option -o pipefail`, so the build breaks when the base image changes.
            To catch failures inside pipelines, set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` for the stage
            (see DL4006).

            ## Example
            ```dockerfile
            FROM debian:12
            RUN set -eo pipefail; curl -fsSL https://example.com/install.sh | sh
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            SHELL ["/bin/bash", "-o", "pipefail", "-c"]
            RUN set -e; curl -fsSL https://example.com/install.sh | sh
            ```

            ## Differences from hadolint
            {DialectDocs}
            """,
    };

    protected override void CheckCommand(ShellCheckScript script, ShellCommand command, ShellCheckReporter reporter)
    {
        if (command.Name != "set") return;
        var args = command.Arguments;
        for (int i = 0; i < args.Length; i++)
        {
            string? arg = args[i].Value;
            if (arg is null || arg == "--" || arg.Length < 2 || arg[0] is not ('-' or '+')) return;
            if (!arg.EndsWith('o') || i + 1 >= args.Length) continue;
            var option = args[++i];
            if (option.Value is { } name && !PosixOptions.Contains(name)) reporter.Report(option.Span, null, name);
        }
    }
}
