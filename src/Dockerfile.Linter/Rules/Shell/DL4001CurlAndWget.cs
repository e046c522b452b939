using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL4001: a stage uses both curl and wget.</summary>
internal sealed class DL4001CurlAndWget : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL4001",
        Name = "curl-and-wget",
        Title = "Use either curl or wget, not both",
        MessageFormat = "This stage uses both curl and wget; pick one download tool",
        Category = RuleCategory.Shell,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Two download tools cost a few megabytes and no risk: 459 findings in 150 corpus files.",
        Docs = """
            ## What it does
            Reports, once a stage has used both `curl` and `wget`, every RUN from then on that uses either.

            ## Why
            Two tools that do the same job mean two packages to install, patch and keep in the image. Settling on
            one keeps the image smaller and the Dockerfile consistent.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN wget -q https://example.com/a.tgz
            RUN curl -fsSLO https://example.com/b.tgz
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN curl -fsSLO https://example.com/a.tgz
            RUN curl -fsSLO https://example.com/b.tgz
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        bool curl = false, wget = false;
        foreach (var instruction in stage.Instructions)
        {
            var run = instruction as RunInstruction ?? (instruction as OnbuildInstruction)?.Trigger as RunInstruction;
            if (run is null || !context.Semantics.IsPosixShell(run)) continue;
            var tools = context.GetScript(run).Commands.Where(c => c.EffectiveName is "curl" or "wget").ToList();
            if (tools.Count == 0) continue;
            curl |= tools.Any(t => t.EffectiveName == "curl");
            wget |= tools.Any(t => t.EffectiveName == "wget");
            if (curl && wget)
                context.Report(tools[0].Effective.NameWord?.Span ?? tools[0].Span);
        }
    }
}
