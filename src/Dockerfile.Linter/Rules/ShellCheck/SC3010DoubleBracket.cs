using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC3010: a <c>[[ … ]]</c> condition in POSIX sh.</summary>
internal sealed class SC3010DoubleBracket : PortabilityRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC3010",
        Name = "posix-double-bracket",
        Title = "POSIX sh has no [[ ]] conditions",
        MessageFormat = "'[[ … ]]' is not POSIX sh: dash runs '[[' as a command that does not exist; use '[ … ]' or bash",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = $"""
            ## What it does
            Reports a `[[ … ]]` condition in a RUN that POSIX sh runs.

            ## Why
            `[[` is a bash, ksh and zsh keyword. dash, `/bin/sh` on Debian and Ubuntu, looks for a command named
            `[[`, prints `[[: not found` and treats the condition as false: an `if [[ … ]]` never takes its `then`
            branch, and the build carries on with the wrong result. Write the condition with `[ … ]`, or set
            `SHELL ["/bin/bash", "-c"]` for the stage.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN if [[ ! -e /usr/bin/python ]]; then ln -s /usr/bin/python3 /usr/bin/python; fi
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN if [ ! -e /usr/bin/python ]; then ln -s /usr/bin/python3 /usr/bin/python; fi
            ```

            ```dockerfile
            FROM debian:12
            SHELL ["/bin/bash", "-c"]
            RUN if [[ ! -e /usr/bin/python ]]; then ln -s /usr/bin/python3 /usr/bin/python; fi
            ```

            ## Differences from hadolint
            The span is the whole condition, from `[[` to `]]`. {DialectDocs}
            """,
    };

    protected override void CheckCommand(ShellCheckScript script, ShellCommand command, ShellCheckReporter reporter)
    {
        if (command.NameWord is { Text: "[[" }) reporter.Report(command.Span, null);
    }
}
