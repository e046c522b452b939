using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules.Support;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL4004: more than one ENTRYPOINT in a stage.</summary>
internal sealed class DL4004MultipleEntrypoints : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL4004",
        Name = "multiple-entrypoints",
        Title = "Only one ENTRYPOINT per stage",
        MessageFormat = "Multiple ENTRYPOINT instructions in this stage; only the last one takes effect",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Warning,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Error),
        PresetRationale = "Off in `recommended`: DF6013 (BuildKit's MultipleInstructionsDisallowed) reports the same problem there, on the overridden ENTRYPOINT that has no effect; this rule keeps hadolint's placement for the `hadolint` preset.",
        Docs = """
            ## What it does
            Reports the second and every later `ENTRYPOINT` of a stage. Triggers wrapped in `ONBUILD` do not count.

            The findings sit where hadolint puts them, on the later instructions, so existing `# hadolint ignore=`
            comments keep working. BuildKit's `MultipleInstructionsDisallowed` check is a rule of its own, DF6013, that
            reports the earlier, overridden instruction; the two are linked: switching off or suppressing either name
            for a pair (`--ignore MultipleInstructionsDisallowed`, `# check=skip=…` above the earlier ENTRYPOINT) silences
            both findings about it.

            ## Why
            Only the last `ENTRYPOINT` of a stage is used; the earlier ones are dead code and suggest a
            misunderstanding of how the container starts.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            ENTRYPOINT ["/bin/sh"]
            ENTRYPOINT ["/usr/local/bin/app"]
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            ENTRYPOINT ["/usr/local/bin/app"]
            ```

            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context) => OverriddenInstructions.ReportOverriding<EntrypointInstruction>(stage, context);
}
