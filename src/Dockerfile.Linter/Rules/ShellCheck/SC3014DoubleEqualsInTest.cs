using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC3014: <c>==</c> in <c>[ … ]</c> or <c>test</c> in POSIX sh.</summary>
internal sealed class SC3014DoubleEqualsInTest : PortabilityRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC3014",
        Name = "posix-double-equals",
        Title = "POSIX test compares strings with =, not ==",
        FixTitle = "Use '='",
        MessageFormat = "'==' in '{0}' is not POSIX: dash's test fails with 'unexpected operator'; use '='",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Fix = FixAvailability.Sometimes,
        Docs = $"""
            ## What it does
            Reports the operator `==` in a `[ … ]` or `test` condition that POSIX sh runs.

            ## Why
            POSIX `test` compares strings with `=`. bash and busybox also accept `==`, but dash, `/bin/sh` on
            Debian and Ubuntu, stops with `[: unexpected operator`: the condition is false (or the RUN fails
            under `set -e`), so an `if` silently takes the other branch.

            ## Example
            ```dockerfile
            FROM debian:12
            ARG TARGETARCH
            RUN if [ "$TARGETARCH" == "arm64" ]; then echo arm > /arch; fi
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            ARG TARGETARCH
            RUN if [ "$TARGETARCH" = "arm64" ]; then echo arm > /arch; fi
            ```

            ## Differences from hadolint
            `test a == b` is reported like `[ a == b ]` (ShellCheck 0.9 reports only the bracket form, although
            dash rejects both). `[[ … ]]` is SC3010's. {DialectDocs}

            ## Fix safety
            Replaces `==` with `=`, which means the same in every shell: safe. Offered when the operator is written unquoted.
            """,
    };

    protected override void CheckCommand(ShellCheckScript script, ShellCommand command, ShellCheckReporter reporter)
    {
        string name = WrittenName(command);
        if (name is not ("[" or "test")) return;
        foreach (var word in command.Arguments)
        {
            if (word.Value != "==") continue;
            var fix = word.Text == "==" && word.Span.End <= reporter.Source.Length
                && reporter.Source.Text.AsSpan(word.Span.Start, word.Span.Length).SequenceEqual("==")
                ? new Fix("Use '='", [new TextEdit(word.Span, "=")])
                : null;
            reporter.Report(word.Span, fix, name);
        }
    }
}
