using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3007: FROM an image tagged <c>latest</c>.</summary>
internal sealed class DL3007LatestTag : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3007",
        Name = "latest-tag",
        Title = "Do not use the latest tag",
        MessageFormat = "Image '{0}' uses the 'latest' tag; pin a version",
        Category = RuleCategory.BaseImage,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = """
            ## What it does
            Reports a `FROM` whose image is tagged `latest` and has no digest, and so an image named by
            `COPY --from=` or `RUN --mount=from=` (`COPY --from=nginx:latest /etc/nginx/nginx.conf /etc/nginx/`). An image given through a variable is
            checked with the value of the global `ARG` default, or as written when that value is not known
            (`FROM $REGISTRY/app:latest`).

            ## Why
            `latest` is whatever was pushed last. Builds stop being reproducible, and a rebuild can pick up a new
            major version of the base image.

            ## Example
            ```dockerfile
            FROM node:latest
            ```

            ## Use instead
            ```dockerfile
            FROM node:22-alpine
            ```

            ## Differences from hadolint
            hadolint only looks at `FROM`; images pulled by `COPY --from` and `RUN --mount=from=` are checked here
            too. hadolint does not look into variables: `ARG TAG=latest` then `FROM node:$TAG` is reported here.
            """,
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<FromInstruction>(Check);
        registrar.OnInstruction<CopyInstruction>(CheckFlagImages);
        registrar.OnInstruction<RunInstruction>(CheckFlagImages);
    }

    // COPY --from=image:latest and RUN --mount=from=image:latest pull an image as FROM does
    private static void CheckFlagImages(Instruction instruction, RuleContext context)
    {
        foreach (var image in FlagImageReferences.Of(instruction, context))
        {
            var reference = DockerfileParser.ParseImageReference(image.Value, image.Span);
            if (reference.Digest is null && string.Equals(reference.Tag, "latest", StringComparison.Ordinal))
                context.Report(image.Span, image.Value);
        }
    }

    private static void Check(FromInstruction from, RuleContext context)
    {
        if (from.Image is not { } image) return;
        string value = context.Semantics.Expand(image.Text, from) ?? image.Text;
        if (value.Length == 0 || context.IsNamedContext(value)) return;
        var reference = DockerfileParser.ParseImageReference(value, image.Span);
        if (reference.Digest is null && string.Equals(reference.Tag, "latest", StringComparison.Ordinal))
            context.Report(image.Span, value);
    }
}
