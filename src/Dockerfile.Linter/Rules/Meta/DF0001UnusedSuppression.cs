using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Rules;

/// <summary>DF0001: a suppression comment names a rule that reported nothing where the comment applies.</summary>
internal sealed class DF0001UnusedSuppression : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF0001",
        Name = "unused-suppression",
        Title = "Suppression comment suppresses nothing",
        MessageFormat = "'{0}' is suppressed here but reported nothing; remove it from the comment",
        Category = RuleCategory.Meta,
        DefaultSeverity = Severity.Info,
        Fix = FixAvailability.Always,
        FixTitle = "Remove the unused suppression",
        Docs = """
            ## What it does
            Reports each rule named in a `# dockerfile-lint ignore=…` comment (also the `global` and `stage` forms)
            that had nothing to suppress where the comment applies. Rules that did not run (ignored or disabled in
            the configuration) are not reported. The fix removes the rule from the comment, or the whole comment
            when it was the only one.

            ## Why
            Suppressions outlive the code they were written for. A stale one hides the next real finding of that
            rule on the same instruction without anyone noticing.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            # dockerfile-lint ignore=DL3000
            WORKDIR /app
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            # dockerfile-lint ignore=DL3000
            WORKDIR app
            ```

            ## Differences from hadolint
            hadolint does not check its pragmas. `# hadolint ignore=…` comments are honoured but never reported as
            unused: they may be there for hadolint itself, whose rules differ in details (this linter resolves ARG
            and ENV values, for one). BuildKit `# check=skip=` settings are not reported either: they configure
            BuildKit as well, which may run checks this linter does not have.
            """,
    };

    /// <summary>Nothing to subscribe: the engine reports unused suppressions after every rule ran.</summary>
    public override void Register(RuleRegistrar registrar)
    {
    }
}
