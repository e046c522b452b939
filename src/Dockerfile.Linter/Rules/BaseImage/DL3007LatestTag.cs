using Dockerfile.Linter.Diagnostics;
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

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        foreach (var image in PulledImages.Of(context))
            if (image.Reference.Digest is null && string.Equals(image.Reference.Tag, "latest", StringComparison.Ordinal))
                context.Report(image.Span, image.Value);
    }
}
