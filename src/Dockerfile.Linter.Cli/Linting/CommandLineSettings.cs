using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Reporting;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Cli.Linting;

/// <summary>Turns lint options given on the command line into the top configuration layer; bad values throw <see cref="CliException"/>.</summary>
internal static class CommandLineSettings
{
    public sealed record Raw(
        string[] Ignore,
        string[] Enable,
        string[] Severity,
        string? FailureThreshold,
        bool NoFail,
        string[] TrustedRegistries,
        string? Context,
        bool DisableInlineSuppressions,
        bool StrictLabels = false,
        string[]? RequireLabels = null);

    private static readonly string[] LabelTypes = ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"];

    public static LinterConfiguration ToConfiguration(Raw raw, IReadOnlyList<RuleDescriptor> rules, CliEnvironment env)
    {
        var index = new RuleIndex(rules);
        string Code(string key, string option)
        {
            if (rules.Count == 0) return key;
            return index.Find(key)?.Code ?? throw new CliException($"unknown rule '{key}' in {option}{index.Hint(key)}");
        }

        var severity = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in raw.Severity)
        {
            int eq = item.IndexOf('=');
            if (eq <= 0) throw new CliException($"--severity expects CODE=LEVEL, got '{item}'");
            string code = Code(item[..eq].Trim(), "--severity");
            string level = item[(eq + 1)..].Trim();
            if (SeverityNames.TryParse(level, out var parsed)) severity[code] = parsed;
            else if (level.Equals("off", StringComparison.OrdinalIgnoreCase)) severity[code] = null;
            else throw new CliException($"--severity {item}: level must be error, warning, info, style or off");
        }

        FailureThreshold? threshold = null;
        if (raw.FailureThreshold is not null)
        {
            if (!FailureThresholdNames.TryParse(raw.FailureThreshold, out var parsedThreshold))
                throw new CliException($"--failure-threshold must be {FailureThresholdNames.Expected}, got '{raw.FailureThreshold}'");
            threshold = parsedThreshold;
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

        return new LinterConfiguration
        {
            Ignore = raw.Ignore.Select(c => Code(c, "--ignore")).ToArray(),
            Enable = raw.Enable.Select(c => Code(c, "--enable")).ToArray(),
            Severity = severity,
            FailureThreshold = threshold,
            NoFail = raw.NoFail ? true : null,
            TrustedRegistries = raw.TrustedRegistries,
            Context = context,
            DisableInlineSuppressions = raw.DisableInlineSuppressions ? true : null,
            StrictLabels = raw.StrictLabels ? true : null,
            LabelSchema = labels,
        };
    }
}
