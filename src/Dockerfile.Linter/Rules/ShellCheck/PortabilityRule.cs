using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Base of the SC3xxx rules: POSIX-sh portability. Checks only the commands that run in POSIX sh
/// (<see cref="ShellCheckScript.DialectAt"/>): the default <c>/bin/sh</c>, <c>SHELL ["/bin/sh", "-c"]</c>, a
/// <c>#!/bin/sh</c> heredoc, the script of <c>sh -c '…'</c>. bash, ksh and zsh places are left alone.
/// </summary>
internal abstract class PortabilityRule : ShellCheckRule
{
    /// <summary>The "Differences from hadolint" paragraph every SC3xxx rule shares.</summary>
    internal const string DialectDocs = """
        The shell is decided per place, not per RUN: the stage's `SHELL` (default `/bin/sh`), a `#!/bin/bash` line
        opening a heredoc script, the script of `bash -c '…'` and a heredoc fed to `bash` count as bash wherever
        they are, and the script of `sh -c '…'` counts as POSIX sh even in a bash stage (ShellCheck sees only a
        string there). dash and busybox ash are checked as POSIX sh. PowerShell, cmd and Windows stages, and
        exec-form RUN, are not shell-checked.
        """;

    /// <inheritdoc/>
    protected sealed override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        if (script.IsBashOnly) return;   // nothing runs as POSIX sh
        foreach (var command in script.Commands)
            if (script.DialectAt(command.Span.Start) == ShellCheckDialect.Sh) CheckCommand(script, command, reporter);
    }

    /// <summary>The rule's check of one command that POSIX sh runs.</summary>
    protected abstract void CheckCommand(ShellCheckScript script, ShellCommand command, ShellCheckReporter reporter);

    /// <summary>The command name as written, without its directory (<c>/bin/echo</c> gives <c>echo</c>); wrappers such as <c>sudo</c> are not looked through, as in ShellCheck.</summary>
    protected static string WrittenName(ShellCommand command) => command.BaseName;
}
