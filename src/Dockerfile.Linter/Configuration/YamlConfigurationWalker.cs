using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Reporting;
using Dockerfile.Linter.Rules;
using YamlDotNet.RepresentationModel;

namespace Dockerfile.Linter.Configuration;

/// <summary>Maps a parsed YAML document onto <see cref="LinterConfiguration"/>, collecting positioned errors.</summary>
internal sealed class YamlConfigurationWalker(string path, IReadOnlyCollection<RuleDescriptor> rules)
{
    private static readonly string[] LabelTypes = ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"];

    private static readonly Dictionary<string, string?> HadolintFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tty"] = "tty", ["json"] = "hadolint-json", ["sarif"] = "sarif", ["checkstyle"] = "checkstyle",
        ["gnu"] = "gnu", ["gitlab_codeclimate"] = "gitlab",
        ["codeclimate"] = "codeclimate", ["codacy"] = "codacy", ["sonarqube"] = "sonarqube", ["junit"] = null,
    };

    private readonly RuleLookup<RuleDescriptor> _rules = RuleLookup.Of(rules);
    private readonly bool _validateCodes = rules.Count > 0;

    public List<ConfigurationError> Errors { get; } = [];
    public List<ConfigurationError> Warnings { get; } = [];
    public List<string> ShellCheckCodes { get; } = [];

    private static readonly string[] NativeKeys =
        ["preset", "ignore", "enable", "severity", "failure-threshold", "no-fail", "trusted-registries", "label-schema",
         "strict-labels", "context", "build-contexts", "build-args", "format", "disable-inline-suppressions", "settings", "shellcheck"];

    private static readonly string[] HadolintKeys =
        ["ignored", "override", "trustedRegistries", "label-schema", "strict-labels", "failure-threshold", "no-fail",
         "format", "formats", "no-color", "verbose", "disable-ignore-pragma"];

    public void Error(YamlNode node, string message) =>
        Errors.Add(new ConfigurationError(path, (int)node.Start.Line, (int)node.Start.Column, message));

    private void Warn(YamlNode node, string message) =>
        Warnings.Add(new ConfigurationError(path, (int)node.Start.Line, (int)node.Start.Column, message));

    public LinterConfiguration ErrorAndEmpty(YamlNode node, string message)
    {
        Error(node, message);
        return LinterConfiguration.Empty;
    }

    public LinterConfiguration ReadNative(YamlMappingNode map)
    {
        var c = LinterConfiguration.Empty;
        foreach (var (keyNode, value) in map.Children)
        {
            string key = KeyName(keyNode);
            switch (key)
            {
                case "preset": c = c with { Preset = PresetName(value) }; break;
                case "ignore": c = c with { Ignore = RuleCodes(value, key, strict: true) }; break;
                case "enable": c = c with { Enable = RuleCodes(value, key, strict: true) }; break;
                case "severity": c = c with { Severity = SeverityMap(value) }; break;
                case "failure-threshold": c = c with { FailureThreshold = Threshold(value) }; break;
                case "no-fail": c = c with { NoFail = Bool(value, key) }; break;
                case "trusted-registries": c = c with { TrustedRegistries = Strings(value, key, allowScalar: true) }; break;
                case "label-schema": c = c with { LabelSchema = LabelSchema(value) }; break;
                case "strict-labels": c = c with { StrictLabels = Bool(value, key) }; break;
                case "context": c = c with { Context = ContextDirectory(value) }; break;
                case "build-contexts": c = c with { BuildContexts = BuildContexts(value) }; break;
                case "build-args": c = c with { BuildArgs = BuildArgs(value) }; break;
                case "format": c = c with { Format = Format(value) }; break;
                case "disable-inline-suppressions": c = c with { DisableInlineSuppressions = Bool(value, key) }; break;
                case "settings": c = c with { RuleSettings = RuleSettingsMap(value) }; break;
                case "shellcheck": c = c with { ShellCheck = Bool(value, key) }; break;
                default:
                    Error(keyNode, UnknownKey("key", key, NativeKeys));
                    break;
            }
        }
        return c;
    }

    public LinterConfiguration ReadHadolint(YamlMappingNode map)
    {
        var c = LinterConfiguration.Empty;
        foreach (var (keyNode, value) in map.Children)
        {
            string key = KeyName(keyNode);
            switch (key)
            {
                case "ignored": c = c with { Ignore = RuleCodes(value, key, strict: false) }; break;
                case "override": c = c with { Severity = HadolintOverrides(value) }; break;
                case "trustedRegistries": c = c with { TrustedRegistries = Strings(value, key, allowScalar: false) }; break;
                case "label-schema": c = c with { LabelSchema = LabelSchema(value) }; break;
                case "strict-labels": c = c with { StrictLabels = Bool(value, key) }; break;
                case "failure-threshold": c = c with { FailureThreshold = Threshold(value) }; break;
                case "no-fail": c = c with { NoFail = Bool(value, key) }; break;
                case "format": c = c with { Format = HadolintFormat(value) }; break;
                case "formats":
                    foreach (var f in Strings(value, key, allowScalar: false))
                    {
                        if (c.Format is null && HadolintFormats.GetValueOrDefault(f) is { } mapped) c = c with { Format = mapped };
                    }
                    break;
                case "disable-ignore-pragma": c = c with { DisableInlineSuppressions = Bool(value, key) }; break;
                case "no-color" or "verbose":
                    Bool(value, key);
                    Warn(keyNode, $"hadolint key '{key}' is not supported by dockerfile-lint and is ignored");
                    break;
                default:
                    Error(keyNode, UnknownKey("hadolint key", key, HadolintKeys));
                    break;
            }
        }
        return c;
    }

    /// <summary>"unknown key 'x' (did you mean 'y'?)", or the list of keys when nothing is close.</summary>
    private static string UnknownKey(string what, string key, string[] known) =>
        NameSuggestions.Closest(key, known) is { } suggestion
            ? $"unknown {what} '{key}' (did you mean '{suggestion}'?)"
            : $"unknown {what} '{key}' (expected one of: {string.Join(", ", known)})";

    private string KeyName(YamlNode node) => node is YamlScalarNode { Value: { } v } ? v : "";

    private string[] Strings(YamlNode node, string key, bool allowScalar)
    {
        if (node is YamlScalarNode scalar)
        {
            if (IsNull(scalar)) return [];
            if (allowScalar) return [scalar.Value!];
            Error(node, $"'{key}' must be a list of strings");
            return [];
        }
        if (node is not YamlSequenceNode seq)
        {
            Error(node, $"'{key}' must be a list of strings");
            return [];
        }
        var list = new List<string>();
        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode { Value: { } v } && !IsNull((YamlScalarNode)item)) list.Add(v);
            else Error(item, $"'{key}' must contain only strings");
        }
        return list.ToArray();
    }

    private string[] RuleCodes(YamlNode node, string key, bool strict)
    {
        if (IsNullNode(node)) return [];
        if (node is not YamlSequenceNode seq)
        {
            Error(node, $"'{key}' must be a list of rule codes");
            return [];
        }
        var codes = new List<string>();
        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } v }) codes.AddRange(ResolveRule(v, item, strict));
            else if (item is not YamlScalarNode) Error(item, $"'{key}' must contain only rule codes");
        }
        return codes.ToArray();
    }

    /// <summary>
    /// The codes of the rules answering to a code, name or alias (several for an alias such as
    /// <c>MultipleInstructionsDisallowed</c>); empty (with an error or warning) when unknown.
    /// </summary>
    private IReadOnlyList<string> ResolveRule(string key, YamlNode at, bool strict)
    {
        if (!_validateCodes) return [key];
        var rules = _rules.FindAll(key);
        if (rules.Count > 0) return [.. rules.Select(r => r.Code)];
        string hint = _rules.Suggest(key) is { Count: > 0 } close
            ? $"did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?"
            : "run 'dockerfile-lint rules' for the list";
        // A ShellCheck code without a rule here names the findings of the shellcheck executable (shellcheck: true).
        if (IsShellCheckCode(key))
        {
            ShellCheckCodes.Add(key);
            return [key];
        }
        if (strict) Error(at, $"unknown rule '{key}' ({hint})");
        else Warn(at, $"rule '{key}' is not known to dockerfile-lint and is ignored ({hint})");
        return [];
    }

    private static bool IsShellCheckCode(string key) => Rules.ShellCheckCodes.IsShellCheckCode(key);

    private Dictionary<string, Severity?> SeverityMap(YamlNode node)
    {
        var result = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
        if (IsNullNode(node)) return result;
        if (node is not YamlMappingNode map)
        {
            Error(node, "'severity' must be a mapping of rule code to error, warning, info, style or off");
            return result;
        }
        foreach (var (k, v) in map.Children)
        {
            string name = KeyName(k);
            var codes = ResolveRule(name, k, strict: true);
            string? level = v is YamlScalarNode s ? s.Value : null;
            if (!SeverityNames.TryParseSetting(level, out var severity))
            {
                Error(v, $"severity of '{name}' must be error, warning, info, style or off");
                continue;
            }
            foreach (var code in codes) result[code] = severity;
        }
        return result;
    }

    private Dictionary<string, Severity?> HadolintOverrides(YamlNode node)
    {
        var result = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
        if (IsNullNode(node)) return result;
        if (node is not YamlMappingNode map)
        {
            Error(node, "'override' must be a mapping with keys error, warning, info and style");
            return result;
        }
        // hadolint gives error > warning > info > style when a code is in several lists: apply the weakest first.
        var buckets = new List<(Severity Level, YamlNode Codes)>();
        foreach (var (k, v) in map.Children)
        {
            string bucket = KeyName(k);
            if (SeverityNames.TryParse(bucket, out var level)) buckets.Add((level, v));
            else Error(k, $"unknown override level '{bucket}' (expected error, warning, info or style)");
        }
        foreach (var (level, codes) in buckets.OrderByDescending(b => b.Level))
            foreach (var code in RuleCodes(codes, "override." + SeverityNames.ToName(level), strict: false))
                result[code] = level;
        return result;
    }

    private FailureThreshold? Threshold(YamlNode node)
    {
        if (FailureThresholdNames.TryParse((node as YamlScalarNode)?.Value, out var threshold)) return threshold;
        Error(node, $"'failure-threshold' must be {FailureThresholdNames.Expected}");
        return null;
    }

    private Preset? PresetName(YamlNode node)
    {
        if (IsNullNode(node)) return null;
        if (PresetNames.TryParse((node as YamlScalarNode)?.Value, out var preset)) return preset;
        Error(node, $"'preset' must be one of: {string.Join(", ", PresetNames.All)}");
        return null;
    }

    private bool? Bool(YamlNode node, string key)
    {
        string? value = (node as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
        switch (value)
        {
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
        }
        Error(node, $"'{key}' must be true or false");
        return null;
    }

    private Dictionary<string, string> LabelSchema(YamlNode node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (IsNullNode(node)) return result;
        if (node is not YamlMappingNode map)
        {
            Error(node, "'label-schema' must be a mapping of label name to type");
            return result;
        }
        foreach (var (k, v) in map.Children)
        {
            string name = KeyName(k);
            string type = (v as YamlScalarNode)?.Value?.Trim().ToLowerInvariant() ?? "?";
            if (type.Length == 0) type = "text";
            if (LabelTypes.Contains(type)) result[name] = type;
            else Error(v, $"label type of '{name}' must be one of: {string.Join(", ", LabelTypes)}");
        }
        return result;
    }

    /// <summary><c>settings: { DF1201: { max-length: 100 } }</c>: rule reference → setting name → scalar value.</summary>
    private Dictionary<string, IReadOnlyDictionary<string, string>> RuleSettingsMap(YamlNode node)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        if (IsNullNode(node)) return result;
        if (node is not YamlMappingNode map)
        {
            Error(node, "'settings' must be a mapping of rule code to a mapping of setting name to value");
            return result;
        }
        foreach (var (k, v) in map.Children)
        {
            string name = KeyName(k);
            var codes = ResolveRule(name, k, strict: true);
            if (IsNullNode(v)) continue;
            if (v is not YamlMappingNode values)
            {
                Error(v, $"settings of '{name}' must be a mapping of setting name to value");
                continue;
            }
            var entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var descriptor = codes.Count == 0 ? null : _rules.Find(codes[0]);
            foreach (var (settingKey, settingValue) in values.Children)
            {
                string settingName = KeyName(settingKey);
                if (settingValue is not YamlScalarNode { Value: { } text })
                {
                    Error(settingValue, $"setting '{settingName}' of '{name}' must be a single value");
                    continue;
                }
                if (descriptor is not null && RuleSettingValidation.Check(descriptor, settingName, text) is { } problem)
                {
                    Error(problem.InValue ? settingValue : settingKey, problem.Message);
                    continue;
                }
                entries[settingName] = text;
            }
            foreach (var code in codes) result[code] = entries;
        }
        return result;
    }

    private string? ContextDirectory(YamlNode node)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } v })
            return Path.GetFullPath(v, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        Error(node, "'context' must be a directory path");
        return null;
    }

    /// <summary><c>build-args: { NAME: value }</c> or a list of <c>NAME=value</c>, as <c>--build-arg</c> takes them; names are case-sensitive.</summary>
    private Dictionary<string, string> BuildArgs(YamlNode node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (at, name, value) in NameValueEntries(node, "build-args", "argument name to value (or a list of NAME=value)"))
        {
            if (name.Length == 0 || value is null)
            {
                Error(at, "each build argument needs a name and a value (NAME: value, or NAME=value)");
                continue;
            }
            if (name == Suppression.FileSuppressions.CheckBuildArg && Suppression.CheckSettings.Parse(value).Problem is { } problem)
            {
                Error(at, $"{name}: {problem}");
                continue;
            }
            result[name] = value;
        }
        return result;
    }

    /// <summary><c>build-contexts: { name: path-or-reference }</c> or a list of <c>name=value</c>; folders resolve against this file's folder.</summary>
    private Dictionary<string, string> BuildContexts(YamlNode node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        foreach (var (at, name, value) in NameValueEntries(node, "build-contexts", "context name to folder or reference (or a list of name=value)"))
        {
            if (name.Length == 0 || string.IsNullOrEmpty(value))
            {
                Error(at, "each build context needs a name and a value (name: path, or name=path)");
                continue;
            }
            result[name] = Context.NamedBuildContext.Parse(name, value, baseDirectory).Directory ?? value;
        }
        return result;
    }

    /// <summary>
    /// The entries of a <c>{ name: value }</c> mapping or a list of <c>name=value</c> strings, as the command line's
    /// repeatable <c>NAME=VALUE</c> options; a missing name is empty and a missing value null. Any other shape is an
    /// error and yields nothing.
    /// </summary>
    private List<(YamlNode Node, string Name, string? Value)> NameValueEntries(YamlNode node, string key, string expected)
    {
        var entries = new List<(YamlNode Node, string Name, string? Value)>();
        if (IsNullNode(node)) return entries;
        if (node is YamlMappingNode map)
            foreach (var (k, v) in map.Children) entries.Add((v, KeyName(k), v is YamlScalarNode s && !IsNullNode(v) ? s.Value ?? "" : null));
        else if (node is YamlSequenceNode list)
            foreach (var item in list.Children)
            {
                var text = (item as YamlScalarNode)?.Value ?? "";
                var eq = text.IndexOf('=');
                entries.Add((item, eq > 0 ? text[..eq] : "", eq > 0 ? text[(eq + 1)..] : null));
            }
        else
            Error(node, $"'{key}' must be a mapping of {expected}");
        return entries;
    }

    private string? Format(YamlNode node)
    {
        string? value = (node as YamlScalarNode)?.Value;
        if (ReportFormatNames.TryParse(value, out var format)) return ReportFormatNames.ToName(format);
        Error(node, $"'format' must be one of: {string.Join(", ", ReportFormatNames.All)}");
        return null;
    }

    private string? HadolintFormat(YamlNode node)
    {
        string? value = (node as YamlScalarNode)?.Value?.Trim();
        if (value is not null && HadolintFormats.TryGetValue(value, out var mapped))
        {
            if (mapped is null) Warn(node, $"hadolint format '{value}' is not supported; using the default format");
            return mapped;
        }
        Error(node, $"unknown hadolint format '{value}'");
        return null;
    }

    private static bool IsNull(YamlScalarNode s) =>
        s.Style == YamlDotNet.Core.ScalarStyle.Plain && (string.IsNullOrEmpty(s.Value) || s.Value is "~" or "null");

    private static bool IsNullNode(YamlNode node) => node is YamlScalarNode s && IsNull(s);
}
