using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3063: a stage named scratch or context.</summary>
internal sealed class DL3063ReservedStageName : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3063",
        Name = "reserved-stage-name",
        Title = "Do not name a stage 'scratch' or 'context'",
        MessageFormat = "Stage name should not use the same name as reserved stage {0}",
        Category = RuleCategory.Syntax,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Aliases = ["ReservedStageName"],
        Docs = """
            ## What it does
            Reports a stage named `scratch` or `context` (in any letter case).

            ## Why
            `scratch` is the empty base image and `context` is the name of the build context in `COPY --from` and
            `RUN --mount from=`. A stage with one of these names makes `FROM scratch` or `--from=context` ambiguous,
            and BuildKit warns about it.

            ## Example
            ```dockerfile
            FROM alpine:3.20 AS scratch
            RUN echo hello
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20 AS base
            RUN echo hello
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FromInstruction>(Check);

    private static void Check(FromInstruction from, RuleContext context)
    {
        if (from.StageName is not { } name) return;
        if (name.Text.Equals("scratch", StringComparison.OrdinalIgnoreCase) || name.Text.Equals("context", StringComparison.OrdinalIgnoreCase))
            context.Report(name.Span, GoText.Quote(name.Text.ToLowerInvariant()));
    }
}
