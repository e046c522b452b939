using Dockerfile.Linter.Diagnostics;
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
        MessageFormat = "This CMD has no effect: a later CMD in the stage replaces it",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Warning,
        Aliases = ["MultipleInstructionsDisallowed"],
        Docs = """
            ## What it does
            Reports every `CMD` of a stage except the last one. Triggers wrapped in `ONBUILD` do not count.

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

            ## Differences from hadolint
            hadolint reports the second and later `CMD`; this rule reports the ones that have no effect (all but the
            last), as BuildKit's `MultipleInstructionsDisallowed` check does.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        var commands = stage.Instructions.OfType<CmdInstruction>().ToList();
        for (int i = 0; i < commands.Count - 1; i++) context.Report(commands[i].Span);
    }
}
