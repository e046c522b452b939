using Dockerfile.Linter.Diagnostics;
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
        Hadolint = PresetSetting.On(Severity.Error),
        PresetRationale = "Only the last ENTRYPOINT takes effect: a mistake to fix, but the image builds and works.",
        Aliases = ["MultipleInstructionsDisallowed"],
        Docs = """
            ## What it does
            Reports the second and every later `ENTRYPOINT` of a stage. Triggers wrapped in `ONBUILD` do not count.

            The findings sit where hadolint puts them, on the later instructions (BuildKit's
            `MultipleInstructionsDisallowed` points at the earlier ones), so existing `# hadolint ignore=` comments
            keep working.

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

    private static void Check(Stage stage, RuleContext context)
    {
        var entrypoints = stage.Instructions.OfType<EntrypointInstruction>().ToList();
        for (int i = 1; i < entrypoints.Count; i++) context.Report(entrypoints[i].Span);
    }
}
