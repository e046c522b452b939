using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3012: more than one HEALTHCHECK in a stage.</summary>
internal sealed class DL3012MultipleHealthchecks : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3012",
        Name = "multiple-healthchecks",
        Title = "Only one HEALTHCHECK per stage",
        MessageFormat = "This HEALTHCHECK has no effect: a later HEALTHCHECK in the stage replaces it",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Error,
        Aliases = ["MultipleInstructionsDisallowed"],
        Docs = """
            ## What it does
            Reports every `HEALTHCHECK` of a stage except the last one. `HEALTHCHECK NONE` counts; triggers wrapped
            in `ONBUILD` do not (they run in another build).

            ## Why
            An image has one health check: each `HEALTHCHECK` replaces the previous one, so all but the last are
            dead code that misleads the reader.

            ## Example
            ```dockerfile
            FROM nginx:1.27
            HEALTHCHECK CMD curl -f http://localhost/ || exit 1
            HEALTHCHECK CMD wget -q -O /dev/null http://localhost/ || exit 1
            ```

            ## Use instead
            ```dockerfile
            FROM nginx:1.27
            HEALTHCHECK CMD wget -q -O /dev/null http://localhost/ || exit 1
            ```

            ## Differences from hadolint
            hadolint reports the second and later `HEALTHCHECK`; this rule reports the ones that have no effect
            (all but the last), as BuildKit's `MultipleInstructionsDisallowed` check does.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        var healthchecks = stage.Instructions.OfType<HealthcheckInstruction>().ToList();
        for (int i = 0; i < healthchecks.Count - 1; i++) context.Report(healthchecks[i].Span);
    }
}
