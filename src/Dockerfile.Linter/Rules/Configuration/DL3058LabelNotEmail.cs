using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3058: a label whose schema type is <c>email</c> has a value of another shape.</summary>
internal sealed class DL3058LabelNotEmail : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3058",
        Name = "label-not-email",
        Title = "Label value is not an e-mail address",
        MessageFormat = "Label '{0}' must be a bare e-mail address; '{1}' is not",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            For labels that the configured label schema declares with type `email`, reports a value that is not
            a bare e-mail address (`jane@example.com`, without a display name). Empty values are left to DL3051; values with unknown variables are not checked. Does nothing
            while no label schema is configured.

            ## Why
            Registries, scanners and release tooling read these labels; a value in the wrong shape is silently
            ignored or breaks them.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            LABEL maintainer="Jane Doe"
            ```
            (with `LabelSchema = { ["maintainer"] = "email" }`)

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            LABEL maintainer="jane@example.com"
            ```

            ## Options
            `LabelSchema` (hadolint's `label-schema`): label names with their type; this rule checks those of type
            `email`.
            """,
    };

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnInstruction<LabelInstruction>((label, context) => LabelSchema.CheckValues(label, context, "email", LabelSchema.IsEmail));
}
