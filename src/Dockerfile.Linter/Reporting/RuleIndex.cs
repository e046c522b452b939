using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Reporting;

/// <summary>Finds rule descriptors by code, name or alias (case-insensitive).</summary>
internal sealed class RuleIndex
{
    private readonly Dictionary<string, RuleDescriptor> _byKey = new(StringComparer.OrdinalIgnoreCase);

    public RuleIndex(IEnumerable<RuleDescriptor> rules)
    {
        foreach (var rule in rules)
        {
            _byKey.TryAdd(rule.Code, rule);
            _byKey.TryAdd(rule.Name, rule);
            foreach (var alias in rule.Aliases) _byKey.TryAdd(alias, rule);
        }
    }

    public RuleDescriptor? Find(string key) => _byKey.GetValueOrDefault(key);
}
