using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Suppression;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL1001: an inline ignore pragma (opt-in policy against inline suppressions).</summary>
internal sealed class DL1001InlineIgnorePragma : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL1001",
        Name = "inline-ignore-pragma",
        Title = "Inline ignore pragmas are not allowed",
        MessageFormat = "Inline suppression '{0}'; fix the finding or configure the rule instead",
        Category = RuleCategory.Meta,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.Off(Severity.Info),
        Docs = """
            ## What it does
            Reports every inline suppression comment that covers the next instruction: `# hadolint ignore=…` and
            `# dockerfile-lint ignore=…`. `global` and `stage` suppressions are not reported. Off by default: it is
            a policy for teams that want every exception in the configuration file, where it is reviewed.

            ## Why
            Inline suppressions are easy to add and easy to forget; collected in one configuration they stay visible.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            # hadolint ignore=DL3008
            RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 && rm -rf /var/lib/apt/lists/*
            ```

            ## Differences from hadolint
            The `dockerfile-lint` spelling of the pragma is reported as well. hadolint's severity for this rule is
            `ignore` until configured; here it runs at `info` once enabled.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        foreach (var pragma in PragmaParser.FindAll(syntax))
        {
            if (pragma.Scope != SuppressionScope.NextInstruction) continue;
            context.Report(pragma.Comment.Span, context.Source.GetText(pragma.Comment.Span).Trim());
        }
    }
}
