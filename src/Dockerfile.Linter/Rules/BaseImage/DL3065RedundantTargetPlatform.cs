using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3065: FROM --platform=$TARGETPLATFORM, which is the default anyway.</summary>
internal sealed class DL3065RedundantTargetPlatform : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3065",
        Name = "redundant-target-platform",
        Title = "FROM --platform=$TARGETPLATFORM is redundant",
        MessageFormat = "Setting platform to predefined {0} in FROM is redundant as this is the default behavior",
        Category = RuleCategory.BaseImage,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Style,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "The flag is redundant, not harmful: cosmetics.",
        Fix = FixAvailability.Always,
        FixTitle = "Remove --platform=$TARGETPLATFORM",
        Aliases = ["RedundantTargetPlatform"],
        Docs = """
            ## What it does
            Reports `FROM --platform=$TARGETPLATFORM` (or `${TARGETPLATFORM}`), and offers to remove the flag.

            ## Why
            A stage is built for the target platform unless told otherwise, so the flag says nothing and suggests
            to the reader that something special happens.

            ## Example
            ```dockerfile
            FROM --platform=$TARGETPLATFORM alpine:3.20
            RUN echo hello
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            RUN echo hello
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FromInstruction>(Check);

    private static void Check(FromInstruction from, RuleContext context)
    {
        if (from.Platform is not { Value: { } value } flag) return;
        if (value is not ("$TARGETPLATFORM" or "${TARGETPLATFORM}")) return;
        context.Report(flag.Span, RemovalFix(flag, context.Source.Text), value);
    }

    private static Fix RemovalFix(Flag flag, string text)
    {
        int end = flag.Span.End;
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        return new Fix("Remove --platform=$TARGETPLATFORM", [new TextEdit(TextSpan.FromBounds(flag.Span.Start, end), "")], FixSafety.Safe);
    }
}
