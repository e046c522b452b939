using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3054: a label whose schema type is <c>spdx</c> has a value of another shape.</summary>
internal sealed class DL3054LabelNotSpdx : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3054",
        Name = "label-not-spdx",
        Title = "Label value is not an SPDX license expression",
        MessageFormat = "Label '{0}' must be an SPDX license id or expression; '{1}' is not",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            For labels that the configured label schema declares with type `spdx`, reports a value that is not
            an SPDX license id or expression (`MIT`, `Apache-2.0 OR MIT`, `GPL-2.0-only WITH Classpath-exception-2.0`, `LicenseRef-acme`). Ids are checked against a list of about 100 common SPDX licenses. Empty values are left to DL3051; values with unknown variables are not checked. Does nothing
            while no label schema is configured.

            ## Why
            Registries, scanners and release tooling read these labels; a value in the wrong shape is silently
            ignored or breaks them.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.licenses="Apache License 2.0"
            ```
            (with `LabelSchema = { ["org.opencontainers.image.licenses"] = "spdx" }`)

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.licenses="Apache-2.0"
            ```

            ## Differences from hadolint
            hadolint accepts a single license id only; OCI's `org.opencontainers.image.licenses` is defined as an SPDX *expression*, so `MIT OR Apache-2.0` is accepted here. Ids outside the built-in list of common licenses are reported (use `LicenseRef-…` for those).

            ## Options
            `LabelSchema` (hadolint's `label-schema`): label names with their type; this rule checks those of type
            `spdx`.
            """,
    };

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnInstruction<LabelInstruction>((label, context) => LabelSchema.CheckValues(label, context, "spdx", LabelSchema.IsSpdx));
}
