using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3057: an image without HEALTHCHECK.</summary>
internal sealed class DL3057MissingHealthcheck : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3057",
        Name = "missing-healthcheck",
        Title = "HEALTHCHECK instruction missing",
        MessageFormat = "The image built by this stage has no HEALTHCHECK",
        Category = RuleCategory.Container,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.Off(Severity.Info),
        Docs = """
            ## What it does
            Reports a stage that can be the image you ship (no other stage builds on it or copies from it) when neither
            it nor the stages it is built on have a `HEALTHCHECK`. `HEALTHCHECK NONE` counts as a deliberate choice.
            Off by default: many images are run by orchestrators with their own probes.

            ## Why
            Without a health check the runtime only knows whether the process is alive, not whether it works: a
            hung server stays "running" forever.

            ## Example
            ```dockerfile
            FROM nginx:1.27
            COPY site/ /usr/share/nginx/html/
            ```

            ## Use instead
            ```dockerfile
            FROM nginx:1.27
            COPY site/ /usr/share/nginx/html/
            HEALTHCHECK CMD curl -fsS http://localhost/ || exit 1
            ```

            ## Differences from hadolint
            hadolint also reports build stages that are only copied from; those never run as containers, so only
            stages nothing else depends on are reported here.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        var info = context.Semantics.GetStage(stage);
        if (!info.Dependents.IsEmpty) return;
        for (StageInfo? s = info; s is not null; s = s.BaseStage)
            foreach (var instruction in s.Stage.Instructions)
                if (instruction is HealthcheckInstruction) return;
        context.Report(stage.From.Image?.Span ?? stage.From.Keyword.Span);
    }
}
