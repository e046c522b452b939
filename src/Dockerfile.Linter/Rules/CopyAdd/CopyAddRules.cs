namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.CopyAdd"/>: one line per rule, sorted by code.</summary>
internal static class CopyAddRules
{
    internal static readonly Rule[] All =
    [
    ];
}
