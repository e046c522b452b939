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
        MessageFormat = "Multiple HEALTHCHECK instructions in this stage; only the last one takes effect",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Error),
        PresetRationale = "Only the last HEALTHCHECK takes effect: a mistake to fix, but the image builds and works.",
        Aliases = ["MultipleInstructionsDisallowed"],
        Docs = """
            ## What it does
            Reports the second and every later `HEALTHCHECK` of a stage. `HEALTHCHECK NONE` counts; triggers wrapped
            in `ONBUILD` do not (they run in another build).

            The findings sit where hadolint puts them, on the later instructions (BuildKit's
            `MultipleInstructionsDisallowed` points at the earlier ones), so existing `# hadolint ignore=` comments
            keep working.

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

            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        var healthchecks = stage.Instructions.OfType<HealthcheckInstruction>().ToList();
        for (int i = 1; i < healthchecks.Count; i++) context.Report(healthchecks[i].Span);
    }
}
