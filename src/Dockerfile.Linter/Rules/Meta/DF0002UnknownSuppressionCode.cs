using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Rules;

/// <summary>DF0002: a suppression comment names something that is no rule.</summary>
internal sealed class DF0002UnknownSuppressionCode : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF0002",
        Name = "unknown-suppression-code",
        Title = "Suppression comment names an unknown rule",
        MessageFormat = "'{0}' is not a known rule code, name or alias",
        Category = RuleCategory.Meta,
        DefaultSeverity = Severity.Info,
        PresetRationale = "A pragma that names an unknown code silences nothing: worth fixing, but no risk to the image.",
        Docs = """
            ## What it does
            Reports each entry of a `# hadolint ignore=…` or `# dockerfile-lint ignore=…` comment that is neither a
            rule code (`DL3008`), a rule name (`apt-get-unpinned-package`) nor an alias (`MaintainerDeprecated`).
            ShellCheck codes this linter does not implement (`SC2164`) are accepted without a report, and so is any `DL` code in a `# hadolint`
            comment (hadolint may have rules this linter does not).

            ## Why
            A typo in a suppression suppresses nothing, and the intended finding keeps appearing for no visible
            reason (or, with hadolint, the whole comment is silently dropped).

            ## Example
            ```dockerfile
            FROM alpine:3.20
            # hadolint ignore=DL300
            WORKDIR app
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            # hadolint ignore=DL3000
            WORKDIR app
            ```

            ## Differences from hadolint
            hadolint accepts only upper-case `DL`/`SC` codes and ignores the whole comment when one entry is
            malformed. Here codes, names and aliases are matched case-insensitively, and each entry counts on its own.
            """,
    };

    /// <summary>Nothing to subscribe: the engine checks suppression comments itself.</summary>
    public override void Register(RuleRegistrar registrar)
    {
    }
}
