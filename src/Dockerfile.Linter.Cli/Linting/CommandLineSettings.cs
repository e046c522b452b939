using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Reporting;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Suppression;

namespace Dockerfile.Linter.Cli.Linting;

/// <summary>Turns lint options given on the command line into the top configuration layer; bad values throw <see cref="CliException"/>.</summary>
internal static class CommandLineSettings
{
    public sealed record Raw(
        string? Preset,
        string[] Ignore,
        string[] Enable,
        string[] Severity,
        string? FailureThreshold,
        bool NoFail,
        string[] TrustedRegistries,
        string? Context,
        string[] BuildContexts,
        bool DisableInlineSuppressions,
        bool StrictLabels = false,
        string[]? RequireLabels = null,
        string[]? BuildArgs = null,
        bool ShellCheck = false);

    private static readonly string[] LabelTypes = ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"];

    public static LinterConfiguration ToConfiguration(Raw raw, IReadOnlyList<RuleDescriptor> rules, CliEnvironment env)
    {
        var lookup = RuleLookup.Of(rules);
        // An alias shared by several rules stands for all of them.
        IEnumerable<string> Codes(string key, string option)
        {
            if (rules.Count == 0) return [key];
            var found = lookup.FindAll(key);
            // A ShellCheck code without a rule here names the findings of the shellcheck executable (--shellcheck).
            if (found.Count == 0 && ShellCheckCodes.IsShellCheckCode(key)) return [key.Trim()];
            return found.Count > 0
                ? found.Select(r => r.Code)
                : throw new CliException($"unknown rule '{key}' in {option}{lookup.Hint(key)}");
        }

        var severity = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in raw.Severity)
        {
            int eq = item.IndexOf('=');
            if (eq <= 0) throw new CliException($"--severity expects CODE=LEVEL, got '{item}'");
            var codes = Codes(item[..eq].Trim(), "--severity").ToList();
            string level = item[(eq + 1)..].Trim();
            if (!SeverityNames.TryParseSetting(level, out var value))
                throw new CliException($"--severity {item}: level must be error, warning, info, style or off");
            foreach (var code in codes) severity[code] = value;
        }

        FailureThreshold? threshold = null;
        if (raw.FailureThreshold is not null)
        {
            if (!FailureThresholdNames.TryParse(raw.FailureThreshold, out var parsedThreshold))
                throw new CliException($"--failure-threshold must be {FailureThresholdNames.Expected}, got '{raw.FailureThreshold}'");
            threshold = parsedThreshold;
        }

        Preset? preset = null;
        if (raw.Preset is not null)
        {
            if (!PresetNames.TryParse(raw.Preset, out var parsedPreset))
                throw new CliException($"--preset must be one of {string.Join(", ", PresetNames.All)}, got '{raw.Preset}'");
            preset = parsedPreset;
        }


        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in raw.RequireLabels ?? [])
        {
            // hadolint's LABEL:TYPE; a label name cannot contain ':' here, so the last ':' separates the type.
            int colon = item.LastIndexOf(':');
            string name = colon < 0 ? item : item[..colon];
            string type = colon < 0 ? "text" : item[(colon + 1)..].Trim().ToLowerInvariant();
            if (name.Length == 0) throw new CliException($"--require-label expects LABEL:TYPE, got '{item}'");
            if (type.Length == 0) type = "text";
            if (!LabelTypes.Contains(type))
                throw new CliException($"--require-label {item}: type must be one of {string.Join(", ", LabelTypes)}");
            labels[name] = type;
        }

        string? context = null;
        if (raw.Context is not null)
        {
            context = env.FullPath(raw.Context);
            if (!Directory.Exists(context)) throw new CliException($"--context {raw.Context}: not a directory");
        }

        var buildContexts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in raw.BuildContexts)
        {
            int eq = item.IndexOf('=');
            if (eq <= 0 || eq == item.Length - 1) throw new CliException($"--build-context expects NAME=PATH (or NAME=docker-image://…), got '{item}'");
            string name = item[..eq], value = item[(eq + 1)..];
            var named = Context.NamedBuildContext.Parse(name, value, env.WorkingDirectory);
            if (named.Directory is { } directory && !Directory.Exists(directory))
                throw new CliException($"--build-context {item}: not a directory");
            buildContexts[name] = named.Directory ?? value;
        }

        // As docker build: KEY=VALUE, or KEY alone to take the value from the environment (ignored when unset).
        var buildArgs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in raw.BuildArgs ?? [])
        {
            int eq = item.IndexOf('=');
            if (eq == 0 || item.Length == 0) throw new CliException($"--build-arg expects KEY=VALUE, got '{item}'");
            if (eq > 0) buildArgs[item[..eq]] = item[(eq + 1)..];
            else if (env.GetEnvironmentVariable(item) is { } fromEnvironment) buildArgs[item] = fromEnvironment;
        }
        if (buildArgs.TryGetValue(FileSuppressions.CheckBuildArg, out var check) && CheckSettings.Parse(check).Problem is { } problem)
            throw new CliException($"--build-arg {FileSuppressions.CheckBuildArg}: {problem}");

        return new LinterConfiguration
        {
            Preset = preset,
            Ignore = raw.Ignore.SelectMany(c => Codes(c, "--ignore")).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            Enable = raw.Enable.SelectMany(c => Codes(c, "--enable")).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            Severity = severity,
            FailureThreshold = threshold,
            NoFail = raw.NoFail ? true : null,
            TrustedRegistries = raw.TrustedRegistries,
            Context = context,
            BuildContexts = buildContexts,
            BuildArgs = buildArgs,
            DisableInlineSuppressions = raw.DisableInlineSuppressions ? true : null,
            StrictLabels = raw.StrictLabels ? true : null,
            ShellCheck = raw.ShellCheck ? true : null,
            LabelSchema = labels,
        };
    }
}
