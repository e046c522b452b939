using Dockerfile.Linter;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;

namespace CustomRuleSample;

/// <summary>
/// A team rule: every final image must say who owns it with a <c>LABEL org.example.owner=…</c>.
/// It shows the three parts of a rule: metadata, documentation, and one focused check.
/// </summary>
public sealed class RequireOwnerLabel : Rule
{
    /// <summary>The label the rule looks for.</summary>
    public const string OwnerLabel = "org.example.owner";

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "EX0001",
        Name = "missing-owner-label",
        Title = "Final image must name its owner",
        MessageFormat = "The final stage has no '" + OwnerLabel + "' label; add LABEL " + OwnerLabel + "=<team>",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports the FROM of the final stage when neither it nor its parent stages set `org.example.owner`.

            ## Why
            On-call needs to know whom to page for an image.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            LABEL org.example.owner=payments
            ```
            """,
    };

    /// <inheritdoc/>
    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        var info = context.Semantics.GetStage(stage);
        if (!info.IsFinal) return;
        for (var current = info; current is not null; current = current.BaseStage)
            foreach (var label in current.Stage.Instructions.OfType<LabelInstruction>())
                if (label.Pairs.Any(p => p.Key.Text.Trim('"') == OwnerLabel)) return;
        context.Report(stage.From.Keyword.Span);
    }
}
