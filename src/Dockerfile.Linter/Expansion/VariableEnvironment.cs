using System.Collections.Immutable;

namespace Dockerfile.Linter.Expansion;

/// <summary>
/// An immutable, ordered set of variables (name → value) as the builder sees them at one instruction.
/// Names are case-sensitive unless the environment is created for Windows, where BuildKit compares them
/// case-insensitively. Setting an existing name replaces its value but keeps its original position.
/// </summary>
public sealed class VariableEnvironment : IVariableLookup
{
    private readonly ImmutableDictionary<string, string> _values;
    private readonly ImmutableList<string> _order;

    private VariableEnvironment(ImmutableDictionary<string, string> values, ImmutableList<string> order)
    {
        _values = values;
        _order = order;
    }

    /// <summary>An empty environment with case-sensitive names (Linux builds).</summary>
    public static VariableEnvironment Empty { get; } =
        new(ImmutableDictionary.Create<string, string>(StringComparer.Ordinal), []);

    /// <summary>An empty environment with case-insensitive names (Windows builds).</summary>
    public static VariableEnvironment EmptyCaseInsensitive { get; } =
        new(ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase), []);

    /// <summary>Creates an environment from <c>NAME=value</c> strings (the value is everything after the first <c>=</c>; a string without <c>=</c> sets an empty value).</summary>
    public static VariableEnvironment FromStrings(IEnumerable<string> assignments, bool caseInsensitive = false)
    {
        var env = caseInsensitive ? EmptyCaseInsensitive : Empty;
        foreach (var a in assignments)
        {
            int eq = a.IndexOf('=');
            env = eq < 0 ? env.With(a, "") : env.With(a[..eq], a[(eq + 1)..]);
        }
        return env;
    }

    /// <summary>Creates an environment from name/value pairs, later pairs replacing earlier ones.</summary>
    public static VariableEnvironment From(IEnumerable<KeyValuePair<string, string>> pairs, bool caseInsensitive = false)
    {
        var env = caseInsensitive ? EmptyCaseInsensitive : Empty;
        foreach (var (k, v) in pairs) env = env.With(k, v);
        return env;
    }

    /// <summary>True when names are compared case-insensitively (Windows).</summary>
    public bool IsCaseInsensitive => _values.KeyComparer == StringComparer.OrdinalIgnoreCase;

    /// <summary>Number of variables.</summary>
    public int Count => _order.Count;

    /// <summary>The variable names in the order they were first set.</summary>
    public IEnumerable<string> Names => _order;

    /// <summary>The variables in the order they were first set.</summary>
    public IEnumerable<KeyValuePair<string, string>> Variables => _order.Select(n => new KeyValuePair<string, string>(n, _values[n]));

    /// <summary>Returns a copy with <paramref name="name"/> set to <paramref name="value"/>.</summary>
    public VariableEnvironment With(string name, string value)
    {
        if (_values.TryGetKey(name, out var existing))
            return new VariableEnvironment(_values.Remove(existing).Add(existing, value), _order);
        return new VariableEnvironment(_values.Add(name, value), _order.Add(name));
    }

    /// <summary>Returns a copy without <paramref name="name"/>.</summary>
    public VariableEnvironment Without(string name)
    {
        if (!_values.TryGetKey(name, out var existing)) return this;
        return new VariableEnvironment(_values.Remove(existing), _order.Remove(existing, _values.KeyComparer));
    }

    /// <summary>True when <paramref name="name"/> is set (possibly to an empty value).</summary>
    public bool Contains(string name) => _values.ContainsKey(name);

    /// <inheritdoc/>
    public bool TryGetValue(string name, out string value)
    {
        if (_values.TryGetValue(name, out var v)) { value = v; return true; }
        value = "";
        return false;
    }
}
