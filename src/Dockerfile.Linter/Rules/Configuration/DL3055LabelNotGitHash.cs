using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3055: a label whose schema type is <c>hash</c> has a value of another shape.</summary>
internal sealed class DL3055LabelNotGitHash : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3055",
        Name = "label-not-git-hash",
        Title = "Label value is not a git hash",
        MessageFormat = "Label '{0}' must be a git commit hash (7 to 40 or 64 lower-case hex digits); '{1}' is not",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            For labels that the configured label schema declares with type `hash`, reports a value that is not
            a git commit hash in lower-case hex: 7 to 40 digits (abbreviated or full SHA-1) or 64 digits (SHA-256 repositories). Empty values are left to DL3051; values with unknown variables are not checked. Does nothing
            while no label schema is configured.

            ## Why
            Registries, scanners and release tooling read these labels; a value in the wrong shape is silently
            ignored or breaks them.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.revision="main"
            ```
            (with `LabelSchema = { ["org.opencontainers.image.revision"] = "hash" }`)

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.revision="3f2a9c1"
            ```

            ## Differences from hadolint
            hadolint accepts exactly 7 or 40 digits; git abbreviates to more than 7 digits in larger repositories, and SHA-256 repositories use 64, so those lengths pass here.

            ## Options
            `LabelSchema` (hadolint's `label-schema`): label names with their type; this rule checks those of type
            `hash`.
            """,
    };

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnInstruction<LabelInstruction>((label, context) => LabelSchema.CheckValues(label, context, "hash", LabelSchema.IsHash));
}
