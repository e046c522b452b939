namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.Style"/>: one line per rule, sorted by code.</summary>
internal static class StyleRules
{
    internal static readonly Rule[] All =
    [
    ];
}
