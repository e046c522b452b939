namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.Cache"/>: one line per rule, sorted by code.</summary>
internal static class CacheRules
{
    internal static readonly Rule[] All =
    [
        new DL3059ConsecutiveRuns(),
    ];
}
