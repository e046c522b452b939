namespace Dockerfile.Linter.Rules;

/// <summary>The kind of value a rule setting takes.</summary>
public enum RuleSettingKind
{
    /// <summary>A whole number greater than zero (<c>100</c>).</summary>
    PositiveInteger,
}

/// <summary>A setting a rule reads from <see cref="LintOptions.RuleSettings"/> (configuration key <c>settings</c>).</summary>
/// <param name="Name">The setting's name, e.g. <c>max-length</c> (matched case-insensitively).</param>
/// <param name="Kind">The kind of value it takes.</param>
/// <param name="DefaultValue">The value used when the setting is not given.</param>
public sealed record RuleSetting(string Name, RuleSettingKind Kind, string DefaultValue)
{
    /// <summary>True when <paramref name="value"/> is a valid value of this setting.</summary>
    public bool Accepts(string value) => Kind switch
    {
        RuleSettingKind.PositiveInteger => int.TryParse(value.Trim(), System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture, out int n) && n > 0,
        _ => false,
    };

    /// <summary>What a valid value looks like, for messages (<c>a whole number greater than 0</c>).</summary>
    public string Expected => Kind switch
    {
        RuleSettingKind.PositiveInteger => "a whole number greater than 0",
        _ => Kind.ToString(),
    };
}

/// <summary>Checks one rule setting against the rule's declared <see cref="RuleDescriptor.Settings"/>.</summary>
internal static class RuleSettingValidation
{
    /// <summary>A problem with setting <paramref name="name"/> = <paramref name="value"/> of <paramref name="rule"/>, or null when it is valid.</summary>
    public static (string Message, bool InValue)? Check(RuleDescriptor rule, string name, string value)
    {
        var setting = rule.Settings.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
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
}
