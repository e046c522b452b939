namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.Meta"/>: one line per rule, sorted by code.</summary>
internal static class MetaRules
{
    internal static readonly Rule[] All =
    [
        new DF0000RuleFailure(),
        new DF0001UnusedSuppression(),
        new DF0002UnknownSuppressionCode(),
        new DF0003AnalysisIncomplete(),
        new DF0004ShellCheckExternal(),
        new DF0005InvalidCheckDirective(),
        new DL1001InlineIgnorePragma(),
    ];
}
