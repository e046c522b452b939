using Dockerfile.Linter.Rules.Support;

namespace Dockerfile.Linter.Rules;

/// <summary>"Did you mean" suggestions for misspelt names in configuration and on the command line (case-insensitive).</summary>
internal static class NameSuggestions
{
    /// <summary>The known name closest to <paramref name="name"/> (Levenshtein distance below 3, ignoring case), or null.</summary>
    public static string? Closest(string name, IEnumerable<string> known) => DidYouMean.Closest(name, known);

    /// <summary>
    /// Suggestions for an unknown rule reference: the closest code or name; failing that, up to three rule names that
    /// contain <paramref name="key"/> as a whole word (<c>latest</c> → <c>latest-tag</c>).
    /// </summary>
    public static IReadOnlyList<string> ForRule(string key, IReadOnlyCollection<RuleDescriptor> rules)
    {
        string trimmed = key.Trim();
        if (trimmed.Length == 0) return [];
        if (Closest(trimmed, rules.SelectMany(r => r.Aliases.Prepend(r.Name).Prepend(r.Code))) is { } close) return [close];
        return rules
            .Where(r => r.Name.Split('-').Contains(trimmed, StringComparer.OrdinalIgnoreCase)
                        || r.Aliases.Any(a => a.Contains(trimmed, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(r => r.Name.Length)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .Take(3)
            .Select(r => r.Name)
            .ToArray();
    }
}
