using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules.Support;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL4003: more than one CMD in a stage.</summary>
internal sealed class DL4003MultipleCmds : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL4003",
        Name = "multiple-cmds",
        Title = "Only one CMD per stage",
        MessageFormat = "Multiple CMD instructions in this stage; only the last one takes effect",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Warning,
        EnabledByDefault = false,
        PresetRationale = "Off in `recommended`: DF6013 (BuildKit's MultipleInstructionsDisallowed) reports the same problem there, on the overridden CMD that has no effect; this rule keeps hadolint's placement for the `hadolint` preset.",
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = """
            ## What it does
            Reports the second and every later `CMD` of a stage. Triggers wrapped in `ONBUILD` do not count.

            The findings sit where hadolint puts them, on the later instructions, so existing `# hadolint ignore=`
            comments keep working. BuildKit's `MultipleInstructionsDisallowed` check is a rule of its own, DF6013, that
            reports the earlier, overridden instruction; the two are linked: switching off or suppressing either name
            for a pair (`--ignore MultipleInstructionsDisallowed`, `# check=skip=…` above the earlier CMD) silences
            both findings about it.

            ## Why
            Only the last `CMD` of a stage becomes the image's default command; earlier ones are dead code. Two
            commands usually mean the intent was to run both, which needs a script or a process manager.

            ## Example
            ```dockerfile
            FROM python:3.12-slim
            CMD ["python", "migrate.py"]
            CMD ["python", "app.py"]
            ```

            ## Use instead
            ```dockerfile
            FROM python:3.12-slim
            CMD ["python", "app.py"]
            ```

            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context) => OverriddenInstructions.ReportOverriding<CmdInstruction>(stage, context);
}
