using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Expansion;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Rules.Support;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF6009: <c>FROM --platform=</c> with a constant value (BuildKit's FromPlatformFlagConstDisallowed).</summary>
internal sealed class DF6009FromPlatformFlagConstDisallowed : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF6009",
        Name = "from-platform-flag-constant",
        Title = "FROM --platform should not use a constant value",
        MessageFormat = "FROM --platform flag should not use constant value {0}",
        Category = RuleCategory.BaseImage,
        DefaultSeverity = Severity.Info,
        PresetRationale = "Pinning a stage to one platform is usually deliberate (cross-builds, single-platform tools): advice.",
        Aliases = ["FromPlatformFlagConstDisallowed"],
        Docs = """
            ## What it does
            Reports a `FROM --platform=<value>` whose value uses no variable, unless the stage name contains the
            platform's operating system or architecture (after normalization: `x86_64` is `amd64`, `aarch64` is
            `arm64`), like BuildKit's `FromPlatformFlagConstDisallowed` check. `FROM --platform=linux/arm64 img AS
            build-arm64` is accepted because the name says it is platform-specific.

            ## Why
            A hard-coded platform makes the stage ignore `--platform` on the command line: a multi-platform build
            then produces, say, an amd64 binary inside the arm64 image. Use `$BUILDPLATFORM` for stages that run
            build tools, `$TARGETPLATFORM` (the default) for stages that end up in the image.

            ## Example
            ```dockerfile
            FROM --platform=linux/amd64 golang:1.23 AS build
            RUN go version
            ```

            ## Use instead
            ```dockerfile
            FROM --platform=$BUILDPLATFORM golang:1.23 AS build
            RUN go version
            ```

            ## Differences from hadolint
            BuildKit marks the whole `FROM` instruction (its checks only record line ranges); this rule marks the value.
            hadolint's DL3029 is broader: it reports every `--platform` whose value does not mention `BUILDPLATFORM`
            or `TARGETPLATFORM`, whatever the stage is called. Here a single-word value like `arm64` is read as
            `linux/arm64`, and a lone
            operating system like `windows` as `windows/amd64` (BuildKit uses the builder's own architecture).
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FromInstruction>(Check);

    private static void Check(FromInstruction from, RuleContext context)
    {
        if (from.Platform is not { Value: { } value, ValueSpan: { } span }) return;
        if (!VariableExpander.For(context.Syntax.EscapeCharacter).GetReferencedNames(value).IsEmpty) return;
        if (PlatformSpecifier.Parse(value) is not var (os, architecture)) return;
        string stageName = from.StageName?.Text.ToLowerInvariant() ?? "";
        if (stageName.Contains(os, StringComparison.Ordinal) || stageName.Contains(architecture, StringComparison.Ordinal)) return;
        context.Report(span, GoText.Quote(value));
    }
}
