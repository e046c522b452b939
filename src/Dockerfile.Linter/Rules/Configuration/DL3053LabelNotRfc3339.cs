using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3053: a label whose schema type is <c>rfc3339</c> has a value of another shape.</summary>
internal sealed class DL3053LabelNotRfc3339 : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3053",
        Name = "label-not-rfc3339",
        Title = "Label value is not an RFC 3339 timestamp",
        MessageFormat = "Label '{0}' must be an RFC 3339 date-time; '{1}' is not",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            For labels that the configured label schema declares with type `rfc3339`, reports a value that is not
            an RFC 3339 date-time such as `2024-05-01T12:00:00Z` (a time zone offset or `Z` is required, fractions of a second are optional). Empty values are left to DL3051; values with unknown variables are not checked. Does nothing
            while no label schema is configured.

            ## Why
            Registries, scanners and release tooling read these labels; a value in the wrong shape is silently
            ignored or breaks them.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.created="2024-05-01"
            ```
            (with `LabelSchema = { ["org.opencontainers.image.created"] = "rfc3339" }`)

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.created="2024-05-01T12:00:00Z"
            ```

            ## Options
            `LabelSchema` (hadolint's `label-schema`): label names with their type; this rule checks those of type
            `rfc3339`.
            """,
    };

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnInstruction<LabelInstruction>((label, context) => LabelSchema.CheckValues(label, context, "rfc3339", LabelSchema.IsRfc3339));
}
