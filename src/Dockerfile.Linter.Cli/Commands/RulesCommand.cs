using System.CommandLine;
using System.Text;
using Dockerfile.Linter.Cli.Linting;
using Dockerfile.Linter.Reporting;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Cli.Commands;

/// <summary><c>rules</c> lists every rule; <c>rules CODE|NAME|ALIAS</c> prints one rule's documentation.</summary>
internal static class RulesCommand
{
    public static Command Create(CliEnvironment env)
    {
        var rule = new Argument<string?>("rule") { Description = "A rule code, name or alias.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: a table (or one rule's documentation); json: the rules' metadata for scripts.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        }.AcceptOnlyFromAmong("text", "json");
        var command = new Command("rules", "List the rules, or show one rule's documentation.");
        command.Arguments.Add(rule);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            string? key = parse.GetValue(rule);
            bool json = parse.GetValue(format) == "json";
            IReadOnlyList<RuleDescriptor> selected = RuleCatalog.All;
            if (key is not null)
            {
                var index = RuleLookup.Of(RuleCatalog.All);
                selected = [index.Find(key) ?? throw new CliException($"unknown rule '{key}'{index.Hint(key)}")];
            }
            env.Out.Write(json ? Json(selected) : key is null ? List(selected) : Describe(selected[0]));
            return ExitCodes.Success;
        });
        return command;
    }

    internal static string List(IReadOnlyList<RuleDescriptor> rules)
    {
        var rows = rules.OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new[]
            {
                r.Code, r.Name, SeverityNames.ToName(r.DefaultSeverity) + (r.EnabledByDefault ? "" : " (off)"),
                r.Fix == FixAvailability.None ? "" : "fix", r.Title, string.Join(", ", r.Aliases),
            })
            .Prepend(["CODE", "NAME", "SEVERITY", "FIX", "TITLE", "ALIASES"])
            .ToList();
        int columns = rows[0].Length;
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            for (int c = 0; c < columns; c++)
            {
                if (c == columns - 1) sb.Append(row[c]);
                else sb.Append(row[c].PadRight(widths[c] + 2));
            }
            sb.Append(sb.Length > 0 && sb[^1] == ' ' ? "" : "").Append('\n');
        }
        sb.Append(rules.Count == 1 ? "1 rule.\n" : $"{rules.Count} rules.\n");
        return string.Join('\n', sb.ToString().Split('\n').Select(l => l.TrimEnd()));
    }

    /// <summary><c>{"version":1,"rules":[{code,name,title,severity,enabledByDefault,category,fix,fixTitle?,aliases,settings:[{name,type,default,description?}],helpUri}]}</c>.</summary>
    internal static string Json(IReadOnlyList<RuleDescriptor> rules)
    {
        var links = new ReportOptions();
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteStartArray("rules");
            foreach (var r in rules.OrderBy(r => r.Code, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("code", r.Code);
                w.WriteString("name", r.Name);
                w.WriteString("title", r.Title);
                w.WriteString("severity", SeverityNames.ToName(r.DefaultSeverity));
                w.WriteBoolean("enabledByDefault", r.EnabledByDefault);
                w.WriteString("category", r.Category.ToString());
                w.WriteString("fix", r.Fix.ToString().ToLowerInvariant());
                if (r.FixTitle is { } fixTitle) w.WriteString("fixTitle", fixTitle);
                w.WriteStartArray("aliases");
                foreach (var alias in r.Aliases) w.WriteStringValue(alias);
                w.WriteEndArray();
                w.WriteStartArray("settings");
                foreach (var setting in r.Settings)
                {
                    w.WriteStartObject();
                    w.WriteString("name", setting.Name);
                    w.WriteString("type", SettingType(setting.Kind));
                    w.WriteString("default", setting.DefaultValue);
                    if (setting.Description is { } description) w.WriteString("description", description);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteString("helpUri", links.HelpUri(r.Code, r.Name));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>The JSON Schema type name of a setting's values (<c>integer</c>, <c>boolean</c>, <c>string</c>).</summary>
    internal static string SettingType(RuleSettingKind kind) => kind switch
    {
        RuleSettingKind.PositiveInteger => "integer",
        RuleSettingKind.Boolean => "boolean",
        _ => "string",
    };

    internal static string Describe(RuleDescriptor rule)
    {
        var sb = new StringBuilder();
        sb.Append(rule.Code).Append(' ').Append(rule.Name).Append(": ").Append(rule.Title).Append('\n');
        sb.Append("Severity: ").Append(SeverityNames.ToName(rule.DefaultSeverity))
          .Append(rule.EnabledByDefault ? "" : " (off by default; switch on with --enable)").Append('\n');
        sb.Append("Presets: ").Append(string.Join(", ", new[] { Preset.Recommended, Preset.Hadolint, Preset.All }
            .Select(p => $"{PresetNames.ToName(p)} {rule.GetPresetSetting(p)}"))).Append('\n');
        if (!string.IsNullOrWhiteSpace(rule.PresetRationale)) sb.Append("Why: ").Append(rule.PresetRationale.Trim()).Append('\n');
        sb.Append("Category: ").Append(rule.Category).Append('\n');
        sb.Append("Fix: ").Append(rule.Fix switch
        {
            FixAvailability.Always => "always",
            FixAvailability.Sometimes => "sometimes",
            _ => "none",
        }).Append(rule.Fix != FixAvailability.None && rule.FixTitle is { } fixTitle ? $" ({fixTitle})" : "").Append('\n');
        foreach (var setting in rule.Settings)
            sb.Append("Setting: ").Append(setting.Name).Append(" (").Append(SettingType(setting.Kind)).Append(", default ")
              .Append(setting.DefaultValue).Append(')').Append(setting.Description is { } d ? ": " + d : "").Append('\n');
        if (rule.Aliases.Length > 0) sb.Append("Aliases: ").Append(string.Join(", ", rule.Aliases)).Append('\n');
        if (rule.ExampleConfiguration is { } configuration)
            sb.Append("Examples assume: ").Append(configuration.ReplaceLineEndings("\n").Trim('\n').Replace("\n", "; ", StringComparison.Ordinal)).Append('\n');
        sb.Append('\n').Append(rule.Docs.ReplaceLineEndings("\n").TrimEnd()).Append('\n');
        return sb.ToString();
    }
}
