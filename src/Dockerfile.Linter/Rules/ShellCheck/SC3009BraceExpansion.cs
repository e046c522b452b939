using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC3009: brace expansion (<c>{a,b}</c>, <c>{1..5}</c>) in POSIX sh.</summary>
internal sealed class SC3009BraceExpansion : PortabilityRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC3009",
        Name = "posix-brace-expansion",
        Title = "POSIX sh has no brace expansion",
        MessageFormat = "'{0}' is brace expansion, which POSIX sh does not do: dash passes it on as literal text",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Info: the corpus findings are on CentOS, Oracle Linux and Fedora images, whose /bin/sh is bash and expands braces; on Debian and Ubuntu (dash) the command gets the literal word.",
        Docs = $$"""
            ## What it does
            Reports an unquoted `{a,b}` or `{1..5}` brace expansion in a RUN that POSIX sh runs.

            ## Why
            Brace expansion is a bash (and ksh, zsh) feature. dash, `/bin/sh` on Debian and Ubuntu, and busybox ash
            leave the braces alone: `cp /etc/app/{a,b}.conf /srv/` looks for a file literally named `{a,b}.conf`
            and the build fails, or `mkdir -p /opt/{bin,lib}` creates one odd directory. Spell the words out, or
            run the RUN with bash.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN mkdir -p /opt/app/{bin,lib,etc}
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN mkdir -p /opt/app/bin /opt/app/lib /opt/app/etc
            ```

            ```dockerfile
            FROM debian:12
            SHELL ["/bin/bash", "-c"]
            RUN mkdir -p /opt/app/{bin,lib,etc}
            ```

            ## Differences from hadolint
            The command's name and arguments are checked; the word lists of `for` loops are not (ShellCheck
            reports `for i in {1..5}` too). `{}` (the placeholder of `find -exec` and `xargs -I`) is not an
            expansion. {{DialectDocs}}
            """,
    };

    /// <inheritdoc/>
    protected override ScriptCharacters NeededCharacters => ScriptCharacters.Brace;

    protected override void CheckCommand(ShellCheckScript script, ShellCommand command, ShellCheckReporter reporter)
    {
        foreach (var word in BraceScanner.ExpandedWords(command))
            foreach (var (span, text) in BraceScanner.Scan(script, word).Expansions)
                reporter.Report(span, null, text);
    }
}
