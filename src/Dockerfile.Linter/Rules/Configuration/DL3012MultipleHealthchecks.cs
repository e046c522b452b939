using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules.Support;
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
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Error),
        PresetRationale = "Off in `recommended`: DF6013 (BuildKit's MultipleInstructionsDisallowed) reports the same problem there, on the overridden HEALTHCHECK that has no effect; this rule keeps hadolint's placement for the `hadolint` preset.",
        Docs = """
            ## What it does
            Reports the second and every later `HEALTHCHECK` of a stage. `HEALTHCHECK NONE` counts; triggers wrapped
            in `ONBUILD` do not (they run in another build).

            The findings sit where hadolint puts them, on the later instructions, so existing `# hadolint ignore=`
            comments keep working. BuildKit's `MultipleInstructionsDisallowed` check is a rule of its own, DF6013, that
            reports the earlier, overridden instruction; the two are linked: switching off or suppressing either name
            for a pair (`--ignore MultipleInstructionsDisallowed`, `# check=skip=…` above the earlier HEALTHCHECK) silences
            both findings about it.

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

    private static void Check(Stage stage, RuleContext context) => OverriddenInstructions.ReportOverriding<HealthcheckInstruction>(stage, context);
}
