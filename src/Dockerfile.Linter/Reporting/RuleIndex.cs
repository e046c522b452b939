using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Reporting;

/// <summary>Finds rule descriptors by code, name or alias (case-insensitive).</summary>
internal sealed class RuleIndex
{
    private readonly Dictionary<string, RuleDescriptor> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<RuleDescriptor> _rules;

    public RuleIndex(IEnumerable<RuleDescriptor> rules)
    {
        _rules = rules.ToList();
        foreach (var rule in _rules)
        {
            _byKey.TryAdd(rule.Code, rule);
            _byKey.TryAdd(rule.Name, rule);
            foreach (var alias in rule.Aliases) _byKey.TryAdd(alias, rule);
        }
    }

    public RuleDescriptor? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Codes or names close to an unknown <paramref name="key"/> (see <see cref="NameSuggestions.ForRule"/>).</summary>
    public IReadOnlyList<string> Suggest(string key) => NameSuggestions.ForRule(key, _rules);

    /// <summary>" (did you mean 'x'?)" for an unknown key, or " (run 'dockerfile-lint rules' for the list)".</summary>
    public string Hint(string key) => Suggest(key) is { Count: > 0 } close
        ? $" (did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?)"
        : " (run 'dockerfile-lint rules' for the list)";
}
