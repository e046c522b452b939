using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3056: a label whose schema type is <c>semver</c> has a value of another shape.</summary>
internal sealed class DL3056LabelNotSemver : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3056",
        Name = "label-not-semver",
        Title = "Label value is not a semantic version",
        MessageFormat = "Label '{0}' must be a strict Semantic Versioning 2.0.0 version; '{1}' is not",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            For labels that the configured label schema declares with type `semver`, reports a value that is not
            a strict Semantic Versioning 2.0.0 version (`1.4.2`, `2.0.0-rc.1+build.7`; no leading `v`). Empty values are left to DL3051; values with unknown variables are not checked. Does nothing
            while no label schema is configured.

            ## Why
            Registries, scanners and release tooling read these labels; a value in the wrong shape is silently
            ignored or breaks them.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.version="v1.4"
            ```
            (with `LabelSchema = { ["org.opencontainers.image.version"] = "semver" }`)

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.version="1.4.0"
            ```

            ## Options
            `LabelSchema` (hadolint's `label-schema`): label names with their type; this rule checks those of type
            `semver`.
            """,
    };

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnInstruction<LabelInstruction>((label, context) => LabelSchema.CheckValues(label, context, "semver", LabelSchema.IsSemver));
}
