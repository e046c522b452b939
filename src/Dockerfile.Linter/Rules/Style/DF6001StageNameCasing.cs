using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF6001: a stage name that is not all lower-case (BuildKit's StageNameCasing).</summary>
internal sealed class DF6001StageNameCasing : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF6001",
        Name = "stage-name-casing",
        Title = "Stage names should be lower-case",
        MessageFormat = "Stage name '{0}' should be lowercase",
        Category = RuleCategory.Style,
        DefaultSeverity = Severity.Style,
        PresetRationale = "Casing is cosmetics; BuildKit reports it as a warning, which `--severity` restores.",
        Fix = FixAvailability.Always,
        FixTitle = "Rename the stage in lower case",
        Aliases = ["StageNameCasing"],
        Docs = """
            ## What it does
            Reports the name in `FROM image AS Name` when it contains upper-case letters, like BuildKit's
            `StageNameCasing` check. The fix writes the name in lower case.

            ## Why
            The builder lower-cases stage names, so `AS Builder` declares a stage called `builder`. Writing it in
            mixed case suggests that `--target Builder` and `COPY --from=Builder` are case-sensitive, and makes the
            same stage look different in different places.

            ## Example
            ```dockerfile
            FROM golang:1.23 AS Builder
            RUN go version
            ```

            ## Use instead
            ```dockerfile
            FROM golang:1.23 AS builder
            RUN go version
            ```

            ## Differences from hadolint
            hadolint has no such rule. BuildKit marks the whole `FROM` instruction (its checks only record line
            ranges); this rule marks the name. A name
            containing a variable (`AS ${NAME}`), which the builder rejects anyway, is not reported.

            ## Fix safety
            The fix is safe: stage references (`FROM`, `COPY --from`, `RUN --mount=from=`, `--target`) are matched
            case-insensitively, so renaming the declaration to lower case changes nothing in the build.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FromInstruction>(Check);

    private static void Check(FromInstruction from, RuleContext context)
    {
        if (from.StageName is not { } name || name.Text.Contains('$')) return;
        string lower = name.Text.ToLowerInvariant();
        if (lower == name.Text) return;
        context.Report(name.Span, new Fix($"Rename the stage to '{lower}'", [new TextEdit(name.Span, lower)]), name.Text);
    }
}
