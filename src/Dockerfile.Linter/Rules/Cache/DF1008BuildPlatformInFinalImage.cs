using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF1008: a stage built for <c>$BUILDPLATFORM</c> is the final image or one of its bases.</summary>
internal sealed class DF1008BuildPlatformInFinalImage : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF1008",
        Name = "build-platform-in-final-image",
        Title = "The final image should not be built for $BUILDPLATFORM",
        MessageFormat = "This stage is built for the build machine's platform ({0}) and the final image is built on it, so a multi-platform build ships the build machine's architecture under every platform",
        Category = RuleCategory.Cache,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Warning,
        Fix = FixAvailability.Always,
        FixTitle = "Remove --platform=$BUILDPLATFORM",
        PresetRationale = "No finding on the corpus once development and CI targets (moby's dev, tonistiigi's vendored build checks) are left out; a shipped final stage built for $BUILDPLATFORM publishes the wrong architecture, so it fails the gate.",
        Docs = """
            ## What it does
            Reports `FROM --platform=$BUILDPLATFORM` (or `${BUILDPLATFORM}`) on the final stage or on a stage the
            final stage is built on (`FROM builder`), when that final stage looks like the shipped image: it has a
            `CMD` or `ENTRYPOINT` (its own or inherited) or copies results with `COPY --from`, and it is not named
            as a development or test target (`dev`, `test`, `lint`, `validate`, `bench`, `debug`, `vendor`, `ci`),
            which the build machine runs itself.

            ## Why
            `--platform=$BUILDPLATFORM` is for build stages: they run natively on the build machine and
            cross-compile for `$TARGETPLATFORM`. The final stage must be built for the target platform. With
            `$BUILDPLATFORM` there, `docker buildx build --platform linux/amd64,linux/arm64` on an amd64 machine
            produces two images that both contain amd64 binaries, and the arm64 one fails with `exec format error`.

            ## Example
            ```dockerfile
            FROM --platform=$BUILDPLATFORM golang:1.23 AS build
            ARG TARGETOS TARGETARCH
            RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
            FROM --platform=$BUILDPLATFORM alpine:3.20
            COPY --from=build /out/app /app
            ```

            ## Use instead
            ```dockerfile
            FROM --platform=$BUILDPLATFORM golang:1.23 AS build
            ARG TARGETOS TARGETARCH
            RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
            FROM alpine:3.20
            COPY --from=build /out/app /app
            ```

            ## Fix safety
            The fix removes the `--platform` flag, so the stage is built for the target platform. It is unsafe:
            commands of that stage now run under emulation on a cross build, and may need the cross-compile
            settings of a build stage.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FromInstruction>(Check);

    private static readonly string[] DevelopmentTargetWords = ["dev", "test", "lint", "validate", "bench", "debug", "vendor", "ci"];

    /// <summary>
    /// True when the final stage looks like the image that is shipped: it says how it runs (CMD or ENTRYPOINT in its
    /// lineage) or collects results from other stages (COPY --from), and it is not named as a development or test
    /// target (dev, test, lint, validate, bench, debug, vendor, ci), which the build machine runs itself.
    /// </summary>
    private static bool LooksShipped(Semantics.StageInfo final, RuleContext context)
    {
        string name = final.Name ?? "";
        if (DevelopmentTargetWords.Any(w => name.Contains(w, StringComparison.Ordinal))) return false;
        if (final.Stage.Instructions.OfType<CopyInstruction>().Any(c => c.From is not null)) return true;
        for (var s = final; s is not null; s = s.BaseStage)
            if (s.Stage.Instructions.Any(i => i is CmdInstruction or EntrypointInstruction)) return true;
        return false;
    }

    private static void Check(FromInstruction from, RuleContext context)
    {
        if (from.Platform is not { Value: { } value } flag) return;
        string v = value.Trim('"', '\'');
        if (v is not ("$BUILDPLATFORM" or "${BUILDPLATFORM}")) return;
        if (context.Semantics.GetStage(from) is not { } stage || !context.Semantics.IsInFinalImage(stage)) return;
        if (context.Semantics.FinalStage is not { } final || !LooksShipped(final, context)) return;
        // remove the flag and the blanks after it
        int end = flag.Span.End;
        string text = context.Source.Text;
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        var fix = context.CreateFix([new TextEdit(TextSpan.FromBounds(flag.Span.Start, end), "")], FixSafety.Unsafe);
        context.Report(flag.Span, fix, v);
    }
}
