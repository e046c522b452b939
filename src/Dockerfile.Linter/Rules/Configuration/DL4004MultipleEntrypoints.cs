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
        MessageFormat = "This ENTRYPOINT has no effect: a later ENTRYPOINT in the stage replaces it",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Error,
        Aliases = ["MultipleInstructionsDisallowed"],
        Docs = """
            ## What it does
            Reports every `ENTRYPOINT` of a stage except the last one. Triggers wrapped in `ONBUILD` do not count.

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

            ## Differences from hadolint
            hadolint reports the second and later `ENTRYPOINT`; this rule reports the ones that have no effect (all
            but the last), as BuildKit's `MultipleInstructionsDisallowed` check does.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        var entrypoints = stage.Instructions.OfType<EntrypointInstruction>().ToList();
        for (int i = 0; i < entrypoints.Count - 1; i++) context.Report(entrypoints[i].Span);
    }
}
