using System.Globalization;
using System.Text;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Documentation;

/// <summary>
/// Renders the rule catalogue (<c>rules.md</c> at the repository root) from rule descriptors. The output is
/// deterministic: <c>\n</c> line endings, invariant culture, rules sorted by code within their category.
/// </summary>
internal static class RuleDocsRenderer
{
    /// <summary>The command that regenerates <c>rules.md</c>.</summary>
    public const string RegenerateCommand = "UPDATE_DOCS=1 dotnet test --filter GeneratedDocs";

    /// <summary>Renders the whole catalogue: a generated-file header, then per category a summary table and each rule's docs.</summary>
    public static string RenderCatalogue(IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var all = rules.OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var sb = new StringBuilder();
        sb.Append("# Rules\n\n");
        sb.Append("<!-- Generated from the rule descriptors by Dockerfile.Linter.Documentation.RuleDocsRenderer; do not edit.\n");
        sb.Append("     Regenerate with: ").Append(RegenerateCommand).Append(" -->\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{all.Count} rules. Codes `DL…` match hadolint's rules, codes `SC…` ShellCheck's checks of RUN scripts, codes `DF…` are this linter's own. ");
        sb.Append("Rules are referenced by code, name or alias in configuration and suppression comments ");
        sb.Append("(`# hadolint ignore=DL3008`, `# dockerfile-lint ignore=untagged-image`); aliases in PascalCase are BuildKit check names ");
        sb.Append("and are honoured in `# check=skip=…`.\n\n");
        sb.Append("Each rule is set by the preset in use (`--preset`, `preset:` in `.dockerfile-lint.yaml`): `recommended` (the default; ");
        sb.Append("runs fail on warnings) holds the rules and severities that hold up on real, well-kept Dockerfiles; `hadolint` is ");
        sb.Append("hadolint's rule set and default severities (runs fail on info; the default when a `.hadolint.yaml` applies); `all` ");
        sb.Append("switches every rule on. Severities: error = the build fails or the image is certainly broken; warning = a real ");
        sb.Append("risk; info = advice; style = cosmetics. The *recommended* column is the default severity, *off* where the rule ");
        sb.Append("runs only when enabled.\n\n");

        var categories = all.GroupBy(r => r.Category).OrderBy(g => g.Key).ToList();
        foreach (var category in categories)
            sb.Append(CultureInfo.InvariantCulture, $"- [{CategoryTitle(category.Key)}](#{Slug(CategoryTitle(category.Key))}) ({category.Count()})\n");
        sb.Append('\n');

        foreach (var category in categories)
        {
            sb.Append("## ").Append(CategoryTitle(category.Key)).Append("\n\n");
            sb.Append("| Code | Name | Title | Recommended | hadolint | Fixable | Aliases |\n");
            sb.Append("| --- | --- | --- | --- | --- | --- | --- |\n");
            foreach (var rule in category)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| [{rule.Code}](#{Slug(RuleHeading(rule))}) | `{rule.Name}` | {EscapeCell(rule.Title)} | {rule.GetPresetSetting(Preset.Recommended)} | {rule.GetPresetSetting(Preset.Hadolint)} | {FixText(rule.Fix)} | {string.Join(", ", rule.Aliases.Select(a => $"`{a}`"))} |\n");
            }
            sb.Append('\n');
            foreach (var rule in category) sb.Append(RenderRule(rule));
        }
        return sb.ToString();
    }

    /// <summary>Renders one rule: an H3 heading with code and name, a metadata line, then its docs with H2 sections demoted to H4.</summary>
    public static string RenderRule(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var sb = new StringBuilder();
        sb.Append("### ").Append(RuleHeading(rule)).Append("\n\n");
        sb.Append("**").Append(rule.Title).Append("**\n\n");
        sb.Append("Default severity: ").Append(SeverityText(rule));
        sb.Append(" · Fixable: ").Append(rule.Fix switch { FixAvailability.Always => "always", FixAvailability.Sometimes => "sometimes", _ => "no" });
        if (rule.Fix != FixAvailability.None && rule.FixTitle is { } fixTitle) sb.Append(" (").Append(fixTitle).Append(')');
        if (rule.Aliases.Length > 0) sb.Append(" · Aliases: ").Append(string.Join(", ", rule.Aliases.Select(a => $"`{a}`")));
        sb.Append("\n\n");
        sb.Append(PresetText(rule)).Append("\n\n");
        if (SettingsText(rule) is { } settings) sb.Append(settings).Append("\n\n");
        if (rule.ExampleConfiguration is { } configuration)
            sb.Append("The examples assume this configuration (`.dockerfile-lint.yaml`):\n\n```yaml\n")
              .Append(configuration.ReplaceLineEndings("\n").Trim('\n')).Append("\n```\n\n");
        sb.Append(DemoteHeadings(rule.Docs.ReplaceLineEndings("\n").Trim('\n'))).Append("\n\n");
        return sb.ToString();
    }

    private static string RuleHeading(RuleDescriptor rule) => $"{rule.Code} {rule.Name}";

    private static string SeverityText(RuleDescriptor rule)
    {
        string severity = rule.DefaultSeverity.ToString().ToLowerInvariant();
        return rule.EnabledByDefault ? severity : severity + " (off by default)";
    }

    /// <summary>The presets line: the setting in each preset, and why the recommended one is what it is where that is not obvious.</summary>
    internal static string PresetText(RuleDescriptor rule)
    {
        var sb = new StringBuilder("Presets: ");
        sb.Append(string.Join(" · ", new[] { Preset.Recommended, Preset.Hadolint, Preset.All }.Select(p =>
            $"{PresetNames.ToName(p)}: {rule.GetPresetSetting(p)}" + (p == Preset.Hadolint && rule.Hadolint is null ? " (not a hadolint rule)" : ""))));
        if (!string.IsNullOrWhiteSpace(rule.PresetRationale)) sb.Append(". *Why:* ").Append(rule.PresetRationale.Trim());
        return sb.ToString();
    }

    /// <summary>The settings line (<c>settings: { CODE: { name: value } }</c>), or null for a rule without settings.</summary>
    internal static string? SettingsText(RuleDescriptor rule)
    {
        if (rule.Settings.IsEmpty) return null;
        return "Settings (`settings: { " + rule.Code + ": { name: value } }`): " + string.Join(" · ", rule.Settings.Select(s =>
            $"`{s.Name}` ({KindText(s.Kind)}, default `{s.DefaultValue}`)" + (s.Description is { } d ? ": " + d.TrimEnd('.') : "")));
    }

    private static string KindText(RuleSettingKind kind) => kind switch
    {
        RuleSettingKind.PositiveInteger => "whole number > 0",
        RuleSettingKind.Boolean => "true or false",
        _ => "text",
    };

    private static string FixText(FixAvailability fix) => fix switch
    {
        FixAvailability.Always => "yes",
        FixAvailability.Sometimes => "sometimes",
        _ => "",
    };

    private static string EscapeCell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string DemoteHeadings(string docs)
    {
        var sb = new StringBuilder();
        bool inFence = false;
        foreach (var line in docs.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            bool heading = !inFence && line.StartsWith('#') && line.TrimStart('#').StartsWith(' ');
            sb.Append(heading ? "##" + line : line).Append('\n');
        }
        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>The GitHub anchor of a heading: lower-case, punctuation other than <c>-</c> removed, spaces as dashes.</summary>
    internal static string Slug(string heading)
    {
        var sb = new StringBuilder();
        foreach (char c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '-' || c == '_') sb.Append(c);
            else if (c == ' ') sb.Append('-');
        }
        return sb.ToString();
    }

    /// <summary>The section title of a category.</summary>
    public static string CategoryTitle(RuleCategory category) => category switch
    {
        RuleCategory.Syntax => "Syntax",
        RuleCategory.BaseImage => "Base images and stages",
        RuleCategory.Shell => "Shell commands",
        RuleCategory.ShellCheck => "ShellCheck checks",
        RuleCategory.PackageManagers => "Package managers",
        RuleCategory.CopyAdd => "COPY and ADD",
        RuleCategory.Configuration => "Image configuration",
        RuleCategory.Security => "Security",
        RuleCategory.Secrets => "Secrets",
        RuleCategory.BuildContext => "Build context",
        RuleCategory.Cache => "Layer cache and multi-stage builds",
        RuleCategory.Container => "Container design",
        RuleCategory.Style => "Style",
        RuleCategory.Meta => "Linter meta rules",
        _ => category.ToString(),
    };
}
