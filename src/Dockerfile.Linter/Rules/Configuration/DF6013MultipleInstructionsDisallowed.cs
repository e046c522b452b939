using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules.Support;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF6013 (BuildKit's MultipleInstructionsDisallowed): a CMD, ENTRYPOINT or HEALTHCHECK that a later one of its stage overrides.</summary>
internal sealed class DF6013MultipleInstructionsDisallowed : Rule
{
    /// <summary>The rule's code, for the hadolint rules that link their findings to this one.</summary>
    public const string RuleCode = "DF6013";

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = RuleCode,
        Name = "multiple-instructions-disallowed",
        Title = "Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect",
        MessageFormat = "Multiple {0} instructions should not be used in the same stage because only the last one will be used",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Warning,
        PresetRationale = "On in `recommended` instead of DL4003, DL4004 and DL3012 (the same problem, reported on the later instruction; those run under the `hadolint` preset): the finding sits on the instruction that has no effect, where `docker build --check` puts it. A mistake to fix, but the image builds and works.",
        Aliases = ["MultipleInstructionsDisallowed"],
        Docs = """
            ## What it does
            Reports every `CMD`, `ENTRYPOINT` and `HEALTHCHECK` of a stage that a later instruction of the same kind in
            that stage overrides: all but the last of each kind. `HEALTHCHECK NONE` counts; triggers wrapped in
            `ONBUILD` do not (they run in another build), and neither does an instruction of a base stage (a stage
            may override what the stage it is built `FROM` set).

            This is BuildKit's `MultipleInstructionsDisallowed` check, placed where `docker build --check` places it:
            on the earlier, overridden instruction. hadolint reports the same problem on the later instruction, as
            DL4003 (`CMD`), DL4004 (`ENTRYPOINT`) and DL3012 (`HEALTHCHECK`). The two placements are linked: switching
            off or suppressing either name for a pair (`--ignore DL4003`, `# hadolint ignore=DL4003` above the later
            `CMD`, `# check=skip=MultipleInstructionsDisallowed`) silences both findings about it. A rule switched on by name (`--enable`, `--severity`) keeps
            running when only the other name is ignored.

            ## Why
            The image keeps one default command, one entrypoint and one health check: each of these instructions
            replaces the previous one, so the earlier ones are dead code that misleads the reader. Two commands
            usually mean the intent was to run both, which needs a script or a process manager.

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

    private static void Check(Stage stage, RuleContext context)
    {
        foreach (var (overridden, overriding) in OverriddenInstructions.AllPairs(stage))
        {
            string name = OverriddenInstructions.Name(overridden);
            context.ReportWithCounterpart(overridden.Span, OverriddenInstructions.HadolintCode(overridden), overriding.Span,
                [new RelatedSpan(overriding.Span, $"the {name} that replaces it")], name);
        }
    }
}
