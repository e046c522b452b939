namespace Dockerfile.Linter.Rules;

/// <summary>Reads a rule's entries from <see cref="LintOptions.RuleSettings"/> (looked up by code, name or alias).</summary>
internal static class RuleSettingValues
{
    /// <summary>The positive integer setting <paramref name="name"/> of the current rule, or <paramref name="fallback"/>.</summary>
    public static int GetPositiveInt(RuleContext context, string name, int fallback)
    {
        string? text = Find(context.Options, context.Descriptor, name);
        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : fallback;
    }

    private static string? Find(LintOptions options, RuleDescriptor descriptor, string name)
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
