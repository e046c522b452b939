using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3023: COPY --from names the stage it is in.</summary>
internal sealed class DL3023CopyFromOwnStage : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3023",
        Name = "copy-from-own-stage",
        Title = "COPY --from cannot reference its own stage",
        MessageFormat = "COPY --from={0} names the stage it is in",
        Category = RuleCategory.CopyAdd,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Error,
        Hadolint = PresetSetting.On(Severity.Error),
        Docs = """
            ## What it does
            Reports `COPY --from=<name>` where the name (case-insensitively) or the index is the stage that contains
            the `COPY`.

            ## Why
            A stage cannot copy from itself: it does not exist yet while it is being built. The builder rejects the
            file as a circular dependency.

            ## Example
            ```dockerfile
            FROM golang:1.23 AS build
            COPY --from=build /src /src
            ```

            ## Use instead
            ```dockerfile
            FROM golang:1.23 AS build
            COPY . /src
            FROM alpine:3.20
            COPY --from=build /src /src
            ```

            ## Differences from hadolint
            hadolint compares the name case-sensitively and ignores indexes; the builder lower-cases stage names, so
            `--from=Build` in stage `build` is reported, and so is `--from=0` in the first stage.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<CopyInstruction>(Check);

    private static void Check(CopyInstruction copy, RuleContext context)
    {
        if (copy.From is not { Value: { } raw } flag) return;
        string? value = raw.Contains('$') ? context.Semantics.Expand(raw, copy) : raw;
        if (string.IsNullOrEmpty(value) || context.Semantics.GetStage(copy) is not { } current) return;
        bool own = value.All(char.IsAsciiDigit)
            ? int.TryParse(value, out int index) && index == current.Index
            : current.Name is { } name && name.Equals(value, StringComparison.OrdinalIgnoreCase);
        if (own) context.Report(flag.ValueSpan ?? flag.Span, value);
    }
}
