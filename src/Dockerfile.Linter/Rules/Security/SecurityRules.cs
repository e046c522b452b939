namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.Security"/>: one line per rule, sorted by code.</summary>
internal static class SecurityRules
{
    internal static readonly Rule[] All =
    [
        new DL3002LastUserRoot(),
        new DL3066NonNumericUser(),
    ];
}
