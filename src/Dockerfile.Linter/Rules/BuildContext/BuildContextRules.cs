namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.BuildContext"/>: one line per rule, sorted by code.</summary>
internal static class BuildContextRules
{
    internal static readonly Rule[] All =
    [
    ];
}
