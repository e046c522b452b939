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
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Copying a whole stage is the documented idiom of helper images (tonistiigi/xx) and root-filesystem builds: advice.",
        Docs = """
            ## What it does
            Reports `COPY --from=<stage or image> / /`: a copy of the root of another stage or image onto the root of
            this one.

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
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<CopyInstruction>(Check);

    private static void Check(CopyInstruction copy, RuleContext context)
    {
        if (context.IsOnbuildTrigger || copy.From is not { Value: { } from }) return;
        if (copy.Sources.Length != 1 || copy.Destination is not { } destination) return;
        if (context.Semantics.Expand(copy.Sources[0], copy) is "/" && context.Semantics.Expand(destination, copy) is "/")
            context.Report(copy.Sources[0].Span, from);
    }
}
