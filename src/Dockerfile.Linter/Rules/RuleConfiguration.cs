using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Rules;

/// <summary>Resolves <see cref="LintOptions"/> (the preset, then rule references: codes, names, aliases) into a severity per rule.</summary>
internal sealed class RuleConfiguration
{
    private readonly HashSet<Rule> _ignored = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Rule> _enabled = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Rule, Severity?> _overrides = new(ReferenceEqualityComparer.Instance);

    private readonly Preset _preset;
    private readonly HashSet<string> _externalIgnored = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Severity?> _externalOverrides = new(StringComparer.OrdinalIgnoreCase);

    public RuleConfiguration(LintOptions options, RuleLookup<Rule> lookup)
    {
        _preset = options.Preset;
        var unknown = new List<string>();
        foreach (var key in options.Ignore)
            if (!Resolve(key, lookup, unknown, r => _ignored.Add(r))) _externalIgnored.Add(key.Trim());
        foreach (var key in options.Enable) Resolve(key, lookup, unknown, r => _enabled.Add(r));
        foreach (var (key, severity) in options.SeverityOverrides)
            if (!Resolve(key, lookup, unknown, r => _overrides[r] = severity)) _externalOverrides[key.Trim()] = severity;
        UnknownReferences = unknown;
    }

    /// <summary>Rule references in the options that match no rule.</summary>
    public IReadOnlyList<string> UnknownReferences { get; }

    /// <summary>The severity the rule runs with, or null when it does not run.</summary>
    public Severity? SeverityOf(Rule rule)
    {
        if (_ignored.Contains(rule)) return null;
        if (_overrides.TryGetValue(rule, out var severity)) return severity;
        var setting = PresetSettingOf(rule);
        return setting.Enabled || _enabled.Contains(rule) ? setting.Severity : null;
    }

    /// <summary>How the options' preset sets the rule, before any explicit option.</summary>
    public PresetSetting PresetSettingOf(Rule rule) => rule.Descriptor.GetPresetSetting(_preset);

    /// <summary>True when the options switch the rule off explicitly.</summary>
    public bool IsIgnored(Rule rule) => _ignored.Contains(rule);

    /// <summary>True when the options switch the rule off by name: ignored, or given no severity.</summary>
    public bool IsSwitchedOff(Rule rule) => _ignored.Contains(rule) || (_overrides.TryGetValue(rule, out var s) && s is null);

    /// <summary>True when the options switch the rule on by name: enabled, or given a severity.</summary>
    public bool IsSwitchedOn(Rule rule) =>
        !_ignored.Contains(rule) && (_enabled.Contains(rule) || (_overrides.TryGetValue(rule, out var s) && s is not null));

    /// <summary>True when the options set the rule's severity explicitly.</summary>
    public bool HasExplicitSeverity(Rule rule) => _overrides.ContainsKey(rule);

    /// <summary>
    /// How the options set findings reported under another tool's code (a ShellCheck code no rule implements, found
    /// by the <c>shellcheck</c> executable): not kept when the code is ignored or given no severity; kept with the
    /// severity the options give it, or with a null severity (the tool's own) when they give none.
    /// </summary>
    public (bool Kept, Severity? Severity) ForExternalCode(string code)
    {
        if (_externalIgnored.Contains(code)) return (false, null);
        if (_externalOverrides.TryGetValue(code, out var severity)) return (severity is not null, severity);
        return (true, null);
    }

    private static bool Resolve(string key, RuleLookup<Rule> lookup, List<string> unknown, Action<Rule> apply)
    {
        var rules = lookup.FindAll(key);
        if (rules.Count == 0) unknown.Add(key);
        foreach (var rule in rules) apply(rule);
        return rules.Count > 0;
    }
}
