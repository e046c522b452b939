using System.Text.RegularExpressions;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3006: FROM an image without a tag or digest.</summary>
internal sealed partial class DL3006UntaggedImage : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3006",
        Name = "untagged-image",
        Title = "Always tag the version of an image explicitly",
        MessageFormat = "Image '{0}' has no tag; pin a version (or a digest)",
        Category = RuleCategory.BaseImage,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = """
            ## What it does
            Reports a `FROM` whose image has neither a tag nor a digest, and so an image named by `COPY --from=` or
            `RUN --mount=from=` (a value with `/`, `:` or `@` that is not a stage: `COPY --from=ghcr.io/org/tool`). `scratch` and the names of earlier stages are
            exempt. An image given through a variable is checked with the value of the global `ARG` default
            (`ARG BASE=debian:12` then `FROM $BASE` is tagged). When the value cannot be known (an `ARG` without
            default, `TARGETOS`), the image is checked as written: `FROM $REGISTRY/app` is reported, while
            `FROM $REGISTRY/app:1.2` is not. A reference that some value of its variables turns into the name of an
            earlier stage is not reported (`FROM containerd-${TARGETOS}` with stages `containerd-linux` and
            `containerd-windows` above), and neither is one that the defaults leave empty or invalid
            (`ARG BASE` + `FROM $BASE`): DF6008 reports that. Give the `ARG` a tagged default to document what is expected.

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
            hadolint only looks at `FROM`; images pulled by `COPY --from` and `RUN --mount=from=` are checked here
            too. hadolint only looks at the image as written. Here global ARG defaults are resolved first, so
            `ARG BASE=debian:12` followed by `FROM $BASE` is not reported. An empty tag (`ARG TAG=` then
            `FROM debian:$TAG`) is left to the rule for invalid default FROM arguments, and so is an image that the
            defaults leave empty or invalid (`ARG BASE_IMAGE` + `FROM ${BASE_IMAGE}`): that is one problem (the build
            needs a `--build-arg`), reported once by DF6008, where hadolint reports it as untagged. A reference that a
            value of its variables turns into the name of a stage defined above (`FROM containerd-${TARGETOS}` after
            `FROM … AS containerd-linux`) is that stage, not an image, and is not reported; hadolint reports it. A
            named build context (`--build-context name=…`, bake `contexts`, compose `additional_contexts`) is not an
            image.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        foreach (var image in PulledImages.Of(context))
            if (image.Reference is { Tag: null, Digest: null } && (image.Instruction is not FromInstruction from || IsImage(from, image, context)))
                context.Report(image.Span, image.Value);
    }

    // COPY --from and RUN --mount=from= name an image already; FROM's may be scratch, an earlier stage, or a reference
    // whose variables leave it unknown.
    private static bool IsImage(FromInstruction from, PulledImages.PulledImage image, RuleContext context)
    {
        if (image.Value.Equals("scratch", StringComparison.OrdinalIgnoreCase)) return false;
        string text = from.Image!.Text;
        var stage = context.Semantics.GetStage(from);
        if (stage is not null
            && (context.Semantics.FindStage(image.Value, stage) is not null || context.Semantics.FindStage(text, stage) is not null))
            return false;
        if (!image.IsKnown && text.Contains('$'))
        {
            // FROM containerd-${TARGETOS}: the value is unknown, but if some value makes it a stage defined above, it
            // is that stage, not an image.
            if (stage is not null && CouldNameEarlierStage(text, stage, context)) return false;
            // ARG BASE + FROM $BASE: the default makes the reference empty or invalid, which DF6008 reports.
            if (DF6008InvalidDefaultArgInFrom.IsInvalidWithDefaults(from.Image, context.Syntax)) return false;
        }
        return true;
    }

    // Every variable reference becomes a wildcard; a stage name defined before this FROM that fits the pattern is one
    // the reference can expand to (TARGETOS, TARGETARCH and ARGs without a default can take any value).
    private static bool CouldNameEarlierStage(string imageText, StageInfo stage, RuleContext context)
    {
        string pattern = VariableReference().Replace(imageText, "\u0001");
        if (pattern.Contains('$')) return false;
        var parts = pattern.Split('\u0001');
        for (int i = 0; i < stage.Index; i++)
            if (context.Semantics.Stages[i].Name is { } name && FitsPattern(name, parts)) return true;
        return false;
    }

    // Literal parts in order with anything between them; linear in the name's length per part.
    private static bool FitsPattern(string name, string[] parts)
    {
        if (!name.StartsWith(parts[0], StringComparison.OrdinalIgnoreCase)) return false;
        int position = parts[0].Length;
        for (int i = 1; i < parts.Length - 1; i++)
        {
            int found = name.IndexOf(parts[i], position, StringComparison.OrdinalIgnoreCase);
            if (found < 0) return false;
            position = found + parts[i].Length;
        }
        return parts.Length == 1
            ? position == name.Length
            : name.Length - position >= parts[^1].Length && name.EndsWith(parts[^1], StringComparison.OrdinalIgnoreCase);
    }

    // Source-generated (no construction at run time) and linear: a `${` run stops at the next `$`, `{` or `}`.
    [GeneratedRegex(@"\$\{[^{}$]*\}|\$[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex VariableReference();
}
