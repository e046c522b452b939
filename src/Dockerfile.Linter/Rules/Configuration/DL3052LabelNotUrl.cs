using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3052: a label whose schema type is <c>url</c> has a value of another shape.</summary>
internal sealed class DL3052LabelNotUrl : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3052",
        Name = "label-not-url",
        Title = "Label value is not a valid URL",
        MessageFormat = "Label '{0}' must be an absolute URL with a scheme; '{1}' is not",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            For labels that the configured label schema declares with type `url`, reports a value that is not
            an absolute URL with a scheme (`https://github.com/acme/app`). Empty values are left to DL3051; values with unknown variables are not checked. Does nothing
            while no label schema is configured.

            ## Why
            Registries, scanners and release tooling read these labels; a value in the wrong shape is silently
            ignored or breaks them.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.source="github.com/acme/app"
            ```
            (with `LabelSchema = { ["org.opencontainers.image.source"] = "url" }`)

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.source="https://github.com/acme/app"
            ```

            ## Differences from hadolint
            hadolint uses Haskell's `parseURI`; here the value must start with a scheme (`https:`, `git:` …) and be accepted by .NET's `Uri` parser. Both accept any scheme.

            ## Options
            `LabelSchema` (hadolint's `label-schema`): label names with their type; this rule checks those of type
            `url`.
            """,
    };

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnInstruction<LabelInstruction>((label, context) => LabelSchema.CheckValues(label, context, "url", LabelSchema.IsUrl));
}
