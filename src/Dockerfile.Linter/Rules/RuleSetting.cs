using System.Globalization;

namespace Dockerfile.Linter.Rules;

/// <summary>The kind of value a rule setting takes.</summary>
public enum RuleSettingKind
{
    /// <summary>A whole number greater than zero (<c>100</c>); read with <see cref="RuleContext.GetIntegerSetting"/>.</summary>
    PositiveInteger,

    /// <summary><c>true</c> or <c>false</c> (any case); read with <see cref="RuleContext.GetBooleanSetting"/>.</summary>
    Boolean,

    /// <summary>Any single value, taken as written; read with <see cref="RuleContext.GetTextSetting"/>.</summary>
    Text,
}

/// <summary>A setting a rule reads from <see cref="LintOptions.RuleSettings"/> (configuration key <c>settings</c>).</summary>
/// <param name="Name">The setting's name, e.g. <c>max-length</c> (matched case-insensitively).</param>
/// <param name="Kind">The kind of value it takes.</param>
/// <param name="DefaultValue">The value used when the setting is not given (a valid value of <paramref name="Kind"/>).</param>
public sealed record RuleSetting(string Name, RuleSettingKind Kind, string DefaultValue)
{
    /// <summary>What the setting controls, in one line (shown in the configuration schema and by <c>rules -f json</c>).</summary>
    public string? Description { get; init; }

    /// <summary>True when <paramref name="value"/> is a valid value of this setting.</summary>
    public bool Accepts(string value) => Kind switch
    {
        RuleSettingKind.PositiveInteger => TryParseInteger(value, out int n) && n > 0,
        RuleSettingKind.Boolean => bool.TryParse(value.Trim(), out _),
        RuleSettingKind.Text => true,
        _ => false,
    };

    /// <summary>What a valid value looks like, for messages (<c>a whole number greater than 0</c>).</summary>
    public string Expected => Kind switch
    {
        RuleSettingKind.PositiveInteger => "a whole number greater than 0",
        RuleSettingKind.Boolean => "true or false",
        RuleSettingKind.Text => "a single value",
        _ => Kind.ToString(),
    };

    internal static bool TryParseInteger(string value, out int result) =>
        int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out result);
}

/// <summary>Checks one rule setting against the rule's declared <see cref="RuleDescriptor.Settings"/>.</summary>
internal static class RuleSettingValidation
{
    /// <summary>A problem with setting <paramref name="name"/> = <paramref name="value"/> of <paramref name="rule"/>, or null when it is valid.</summary>
    public static (string Message, bool InValue)? Check(RuleDescriptor rule, string name, string value)
    {
        var setting = Find(rule, name);
        if (setting is null)
        {
            if (rule.Settings.IsEmpty) return ($"rule {rule.Code} ({rule.Name}) has no settings", false);
            string hint = NameSuggestions.Closest(name, rule.Settings.Select(s => s.Name)) is { } close
                ? $"did you mean '{close}'?"
                : "expected " + string.Join(", ", rule.Settings.Select(s => $"'{s.Name}'"));
            return ($"unknown setting '{name}' of {rule.Code} ({hint})", false);
        }
        if (!setting.Accepts(value))
            return ($"setting '{setting.Name}' of {rule.Code} must be {setting.Expected}, got '{value}'", true);
        return null;
    }

    /// <summary>The declared setting called <paramref name="name"/> (case-insensitively), or null.</summary>
    public static RuleSetting? Find(RuleDescriptor rule, string name)
    {
        foreach (var setting in rule.Settings)   // rules read settings per instruction: no closure per call
            if (string.Equals(setting.Name, name, StringComparison.OrdinalIgnoreCase)) return setting;
        return null;
    }
}

/// <summary>Reads a rule's settings from <see cref="LintOptions.RuleSettings"/> (keyed by code, name or alias), falling back to the declared default.</summary>
internal static class RuleSettingValues
{
    /// <summary>The value of the declared setting <paramref name="name"/> of <paramref name="descriptor"/> as text.</summary>
    /// <exception cref="InvalidOperationException">The rule does not declare the setting, or declares it with another kind.</exception>
    public static string Get(LintOptions options, RuleDescriptor descriptor, string name, RuleSettingKind kind)
    {
        var setting = RuleSettingValidation.Find(descriptor, name)
            ?? throw new InvalidOperationException($"{descriptor.Code} reads setting '{name}' but does not declare it in RuleDescriptor.Settings");
        if (setting.Kind != kind)
            throw new InvalidOperationException($"{descriptor.Code} reads setting '{name}' as {kind} but declares it as {setting.Kind}");
        // Options are validated when the linter is created, so a value found here is valid.
        return Given(options, descriptor, setting.Name) is { } given && setting.Accepts(given) ? given : setting.DefaultValue;
    }

    private static string? Given(LintOptions options, RuleDescriptor descriptor, string name)
    {
        if (options.RuleSettings.Count == 0) return null;
        foreach (var key in descriptor.Aliases.Prepend(descriptor.Name).Prepend(descriptor.Code))
        {
            if (!options.RuleSettings.TryGetValue(key, out var settings)) continue;
            foreach (var (settingName, value) in settings)
                if (string.Equals(settingName, name, StringComparison.OrdinalIgnoreCase)) return value;
        }
        return null;
    }
}
