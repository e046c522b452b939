using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC3044: a bash builtin without a POSIX counterpart (<c>pushd</c>, <c>declare</c>, <c>shopt</c> …) in POSIX sh.</summary>
internal sealed class SC3044BashBuiltins : PortabilityRule
{
    private static readonly HashSet<string> BashOnly =
        ["caller", "complete", "compgen", "declare", "dirs", "disown", "enable", "mapfile", "readarray", "pushd", "popd", "shopt", "suspend", "typeset"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC3044",
        Name = "posix-bash-builtin",
        Title = "POSIX sh lacks this bash builtin",
        MessageFormat = "'{0}' is a bash builtin that POSIX sh does not have: dash stops with '{0}: not found'",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = $"""
            ## What it does
            Reports a command that only bash (and ksh or zsh) provides as a builtin: `pushd`, `popd`, `dirs`,
            `declare`, `typeset`, `shopt`, `mapfile`, `readarray`, `complete`, `compgen`, `caller`, `disown`,
            `enable` and `suspend`, in a RUN that POSIX sh runs.

            ## Why
            No program of that name exists in the image: dash, `/bin/sh` on Debian and Ubuntu, fails with
            `pushd: not found`, which stops a `&&` chain, or lets it go on in the wrong directory after `;`.
            `cd` in a subshell (`(cd dir && make)`) replaces `pushd`/`popd`; plain assignments replace `declare`.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN pushd /usr/local/src && make install && popd
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN cd /usr/local/src && make install
            ```

            ## Differences from hadolint
            `local` (SC3043), `source` (SC3046) and `let` (SC3039) have codes of their own and are not reported
            here. {DialectDocs}
            """,
    };

    protected override void CheckCommand(ShellCheckScript script, ShellCommand command, ShellCheckReporter reporter)
    {
        if (command.NameWord is { } name && name.Value is { } value && BashOnly.Contains(value))
            reporter.Report(name.Span, null, value);
    }
}
