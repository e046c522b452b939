using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3067: COPY --from=X / / copies a whole filesystem.</summary>
internal sealed class DL3067CopyWholeFilesystem : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3067",
        Name = "copy-whole-filesystem",
        Title = "Do not copy the whole filesystem of another stage",
        MessageFormat = "COPY --from={0} / / copies the entire filesystem; copy only the paths you need",
        Category = RuleCategory.CopyAdd,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Copying a whole stage is the documented idiom of helper images (tonistiigi/xx) and root-filesystem builds: advice.",
        Docs = """
            ## What it does
            Reports `COPY --from=<stage or image> / /`: a copy of the root of another stage or image onto the root of
            this one. Images made to be copied whole are not reported: `tonistiigi/xx` (the cross-compilation helper
            whose documentation says `COPY --from=xx / /`), whether named directly or through a stage built on it,
            and stages built `FROM scratch`, which hold only what the Dockerfile put there.

            ## Why
            Copying everything brings along package caches, build tools, shells and secrets left in the other stage,
            which defeats the point of a multi-stage build and bloats the image.

            ## Example
            ```dockerfile
            FROM golang:1.23 AS build
            RUN go build -o /out/app .
            FROM gcr.io/distroless/static-debian12:nonroot
            COPY --from=build / /
            ```

            ## Use instead
            ```dockerfile
            FROM golang:1.23 AS build
            RUN go build -o /out/app .
            FROM gcr.io/distroless/static-debian12:nonroot
            COPY --from=build /out/app /app
            ```

            ## Differences from hadolint
            hadolint also reports the helper images above and `FROM scratch` stages copied whole; for them copying
            everything is the intended use.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<CopyInstruction>(Check);

    private static void Check(CopyInstruction copy, RuleContext context)
    {
        if (copy.From is not { Value: { } from }) return;
        if (copy.Sources.Length != 1 || copy.Destination is not { } destination) return;
        if (context.Semantics.Expand(copy.Sources[0], copy) is not "/" || context.Semantics.Expand(destination, copy) is not "/") return;
        if (IsMadeToBeCopiedWhole(from, copy, context)) return;
        context.Report(copy.Sources[0].Span, from);
    }

    // Helper images published as a tree of files to drop into another image's root.
    private static readonly string[] WholeCopyImages = ["tonistiigi/xx", "docker.io/tonistiigi/xx"];

    private static bool IsMadeToBeCopiedWhole(string from, CopyInstruction copy, RuleContext context)
    {
        var current = context.Semantics.GetStage(copy);
        string? image = context.Semantics.Expand(from, copy) ?? from;
        if (context.Semantics.FindStage(image, current) is { } stage)
        {
            while (stage.BaseStage is { } parent) stage = parent;
            if (stage.IsFromScratch) return true;
            image = stage.BaseImage;
        }
        if (image is null) return false;
        string repository = RepositoryOf(image);
        return WholeCopyImages.Any(w => repository.Equals(w, StringComparison.OrdinalIgnoreCase));
    }

    // "tonistiigi/xx:1.6.1@sha256:…" -> "tonistiigi/xx"
    private static string RepositoryOf(string image)
    {
        int at = image.IndexOf('@');
        if (at >= 0) image = image[..at];
        int colon = image.LastIndexOf(':');
        return colon > image.LastIndexOf('/') ? image[..colon] : image;
    }
}
