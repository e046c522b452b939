using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3006: FROM an image without a tag or digest.</summary>
internal sealed class DL3006UntaggedImage : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3006",
        Name = "untagged-image",
        Title = "Always tag the version of an image explicitly",
        MessageFormat = "Image '{0}' has no tag; pin a version (or a digest)",
        Category = RuleCategory.BaseImage,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports a `FROM` whose image has neither a tag nor a digest. `scratch` and the names of earlier stages are
            exempt. An image given through a variable is checked with the value of the global `ARG` default
            (`ARG BASE=debian:12` then `FROM $BASE` is tagged); when the value is not known, nothing is reported.

            ## Why
            Without a tag the builder pulls `latest`, which changes under you: the same Dockerfile builds a different
            image tomorrow, and a breaking upgrade of the base image arrives unannounced.

            ## Example
            ```dockerfile
            FROM debian
            RUN echo hello
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            RUN echo hello
            ```

            ## Differences from hadolint
            hadolint accepts every image that starts with `$`. Here global ARG defaults are resolved, so
            `ARG BASE=debian` followed by `FROM $BASE` is reported.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FromInstruction>(Check);

    private static void Check(FromInstruction from, RuleContext context)
    {
        if (from.Image is not { } image || context.IsOnbuildTrigger) return;
        string? value = context.Semantics.Expand(image.Text, from);
        if (string.IsNullOrEmpty(value) || value.Equals("scratch", StringComparison.OrdinalIgnoreCase)) return;
        if (context.Semantics.GetStage(from) is { } stage && context.Semantics.FindStage(value, stage) is not null) return;
        var reference = ImageReference.Parse(value, image.Span);
        if (reference.Tag is null && reference.Digest is null) context.Report(image.Span, value);
    }
}
