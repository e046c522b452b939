namespace Dockerfile.Linter.Rules;

/// <summary>
/// The one way a rule reference (a code, a kebab-case name or an alias, case-insensitive) is resolved, by
/// <c>--ignore</c>/<c>--enable</c>/<c>--severity</c>, configuration files, <see cref="LintOptions"/> and inline
/// suppressions. A reference shared by several rules selects all of them.
/// </summary>
/// <typeparam name="T">What is looked up: rules, or only their descriptors (the command line and configuration files).</typeparam>
internal sealed class RuleLookup<T> where T : class
{
    private readonly Dictionary<string, List<T>> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<RuleDescriptor> _descriptors = [];

    public RuleLookup(IEnumerable<T> items, Func<T, RuleDescriptor> describe)
    {
        foreach (var item in items.OrderBy(i => describe(i).Code, StringComparer.Ordinal))
        {
            var d = describe(item);
            _descriptors.Add(d);
            foreach (var key in new[] { d.Code, d.Name }.Concat(d.Aliases).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
                list.Add(item);
            }
        }
    }

    /// <summary>The first (by code) of the rules answering to <paramref name="key"/>, or null.</summary>
    public T? Find(string key) => _byKey.TryGetValue(key.Trim(), out var list) ? list[0] : null;

    /// <summary>Every rule answering to <paramref name="key"/>, sorted by code; empty when none does.</summary>
    public IReadOnlyList<T> FindAll(string key) => _byKey.TryGetValue(key.Trim(), out var list) ? list : [];

    /// <summary>Codes or names close to an unknown <paramref name="key"/> (see <see cref="NameSuggestions.ForRule"/>).</summary>
    public IReadOnlyList<string> Suggest(string key) => NameSuggestions.ForRule(key, _descriptors);

    /// <summary>" (did you mean 'x'?)" for an unknown key, or " (run 'dockerfile-lint rules' for the list)".</summary>
    public string Hint(string key) => Suggest(key) is { Count: > 0 } close
        ? $" (did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?)"
        : " (run 'dockerfile-lint rules' for the list)";
}

/// <summary>Creates <see cref="RuleLookup{T}"/>s.</summary>
internal static class RuleLookup
{
    public static RuleLookup<Rule> Of(IEnumerable<Rule> rules) => new(rules, r => r.Descriptor);

    public static RuleLookup<RuleDescriptor> Of(IEnumerable<RuleDescriptor> rules) => new(rules, d => d);
}
