using System.Text.RegularExpressions;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3029: FROM --platform with a fixed platform.</summary>
internal sealed partial class DL3029FromPlatformFlag : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3029",
        Name = "from-platform-flag",
        Title = "Do not pin FROM to a fixed platform",
        MessageFormat = "FROM --platform={0} pins the stage to one platform; use $BUILDPLATFORM/$TARGETPLATFORM or drop the flag",
        Category = RuleCategory.BaseImage,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Pinning a stage to one platform is usually deliberate (cross-builds, single-platform tools); DF6009, BuildKit's check, reports constant platforms as advice.",
        Docs = """
            ## What it does
            Reports `FROM --platform=…` with a fixed platform such as `linux/amd64`. Values built from the automatic
            platform arguments (`$BUILDPLATFORM`, `$TARGETPLATFORM`, `$TARGETOS/$TARGETARCH`, …) are fine, and so is a
            variable whose value is not known statically (a build argument without default).

            ## Why
            A hard-coded platform makes the image build for that platform only, even when the user asks for another
            one with `docker build --platform`; on other machines it silently runs under emulation.

            ## Example
            ```dockerfile
            FROM --platform=linux/amd64 debian:12-slim
            RUN echo hello
            ```

            ## Use instead
            ```dockerfile
            FROM --platform=$BUILDPLATFORM golang:1.23 AS build
            RUN echo building
            ```

            ## Differences from hadolint
            hadolint only accepts values containing `BUILDPLATFORM` or `TARGETPLATFORM`; here every automatic platform
            argument counts (`--platform=${TARGETOS}/${TARGETARCH}` passes), and a variable with an unknown value is not
            reported, while one whose default is a fixed platform is.
            """,
    };

    [GeneratedRegex(@"\$\{?(?<name>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant)]
    private static partial Regex VariablePattern();

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FromInstruction>(Check);

    private static void Check(FromInstruction from, RuleContext context)
    {
        if (from.Platform is not { Value: { } raw } flag) return;
        foreach (Match m in VariablePattern().Matches(raw))
            if (SemanticModel.AutomaticArgs.Contains(m.Groups["name"].Value)) return;
        string? value = raw.Contains('$') ? context.Semantics.Expand(raw, from) : raw;
        if (string.IsNullOrEmpty(value)) return;
        context.Report(flag.Span, value);
    }
}
