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
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = """
            ## What it does
            Reports a `FROM` whose image has neither a tag nor a digest. `scratch` and the names of earlier stages are
            exempt. An image given through a variable is checked with the value of the global `ARG` default
            (`ARG BASE=debian:12` then `FROM $BASE` is tagged). When the value cannot be known (an `ARG` without
            default), the image is checked as written, as hadolint does: `FROM $BASE` is reported, while
            `FROM $REGISTRY/app:1.2` is not. Give the `ARG` a tagged default to document what is expected.

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
            hadolint only looks at the image as written. Here global ARG defaults are resolved first, so
            `ARG BASE=debian:12` followed by `FROM $BASE` is not reported. An empty tag (`ARG TAG=` then
            `FROM debian:$TAG`) is left to the rule for invalid default FROM arguments. A named build context
            (`--build-context name=…`, bake `contexts`, compose `additional_contexts`) is not an image.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FromInstruction>(Check);

    private static void Check(FromInstruction from, RuleContext context)
    {
        if (from.Image is not { } image || context.IsOnbuildTrigger) return;
        string value = context.Semantics.Expand(image.Text, from) ?? image.Text;
        if (value.Length == 0 || value.Equals("scratch", StringComparison.OrdinalIgnoreCase) || context.IsNamedContext(value)) return;
        if (context.Semantics.GetStage(from) is { } stage
            && (context.Semantics.FindStage(value, stage) is not null || context.Semantics.FindStage(image.Text, stage) is not null))
            return;
        var reference = ImageReference.Parse(value, image.Span);
        if (reference.Tag is null && reference.Digest is null) context.Report(image.Span, value);
    }
}
