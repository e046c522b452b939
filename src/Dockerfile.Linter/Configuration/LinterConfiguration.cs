using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Configuration;

/// <summary>
/// Settings from a configuration file or the command line. Null scalars and empty collections mean "not set", so
/// layers can be merged with <see cref="MergedWith"/>.
/// </summary>
public sealed record LinterConfiguration
{
    /// <summary>Nothing set.</summary>
    public static LinterConfiguration Empty { get; } = new();

    /// <summary>The file the settings came from, or null for the command line and defaults.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The format of <see cref="SourcePath"/>.</summary>
    public ConfigurationDialect Dialect { get; init; } = ConfigurationDialect.Native;

    /// <summary>The preset chosen explicitly (<c>preset:</c>, <c>--preset</c>), or null to infer it (<see cref="EffectivePreset"/>).</summary>
    public Rules.Preset? Preset { get; init; }

    /// <summary>
    /// The preset that applies: <see cref="Preset"/> when chosen explicitly; otherwise <see cref="Rules.Preset.Hadolint"/>
    /// when the settings come from a hadolint configuration file (<see cref="ConfigurationDialect.Hadolint"/>), so a
    /// hadolint user sees what hadolint showed; otherwise <see cref="Rules.Preset.Recommended"/>.
    /// </summary>
    public Rules.Preset EffectivePreset =>
        Preset ?? (SourcePath is not null && Dialect == ConfigurationDialect.Hadolint ? Rules.Preset.Hadolint : Rules.Preset.Recommended);

    /// <summary>The failure threshold that applies: <see cref="FailureThreshold"/> when set, else the default of <see cref="EffectivePreset"/>.</summary>
    public FailureThreshold EffectiveFailureThreshold => FailureThreshold ?? FailureThresholds.DefaultFor(EffectivePreset);

    /// <summary>Rule codes to switch off.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Rule codes to switch on (rules that are off by default).</summary>
    public IReadOnlyList<string> Enable { get; init; } = [];

    /// <summary>Severity per rule code; a null value switches the rule off.</summary>
    public IReadOnlyDictionary<string, Severity?> Severity { get; init; } = new Dictionary<string, Severity?>();

    /// <summary>The least severe finding that fails the run.</summary>
    public FailureThreshold? FailureThreshold { get; init; }

    /// <summary>Always exit 0 when linting succeeded, whatever was found.</summary>
    public bool? NoFail { get; init; }

    /// <summary>Registries allowed in FROM and <c>--from</c> (hadolint DL3026): exact names, <c>*.suffix</c>, <c>prefix*</c> or <c>*</c>.</summary>
    public IReadOnlyList<string> TrustedRegistries { get; init; } = [];

    /// <summary>Labels every stage must set, with their value type (<c>text</c>, <c>url</c>, <c>semver</c>, <c>hash</c>, <c>rfc3339</c>, <c>spdx</c>, <c>email</c>).</summary>
    public IReadOnlyDictionary<string, string> LabelSchema { get; init; } = new Dictionary<string, string>();

    /// <summary>Reject labels not in <see cref="LabelSchema"/>.</summary>
    public bool? StrictLabels { get; init; }

    /// <summary>The build context directory (absolute), used by rules that check COPY sources and <c>.dockerignore</c>.</summary>
    public string? Context { get; init; }

    /// <summary>Named build contexts (<c>--build-context name=value</c>): name → absolute folder, or the reference as written (<c>docker-image://…</c>, <c>target:…</c>, a URL).</summary>
    public IReadOnlyDictionary<string, string> BuildContexts { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The build's arguments (<c>--build-arg KEY=VALUE</c>, <c>build-args:</c>): name → value; see
    /// <see cref="LintOptions.BuildArgs"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>();

    /// <summary>Ignore inline suppression comments (<c># hadolint ignore=…</c>, <c># dockerfile-lint ignore=…</c>).</summary>
    public bool? DisableInlineSuppressions { get; init; }

    /// <summary>Delegate the ShellCheck codes without a rule here to the <c>shellcheck</c> executable; see <see cref="LintOptions.ShellCheck"/>.</summary>
    public bool? ShellCheck { get; init; }

    /// <summary>Per-rule settings (thresholds) keyed by rule code, then by setting name; see <see cref="LintOptions.RuleSettings"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> RuleSettings { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>The output format name.</summary>
    public string? Format { get; init; }

    /// <summary>
    /// Combines two layers: scalars (including <see cref="Preset"/>) from <paramref name="higher"/> win when set; lists are
    /// concatenated without duplicates; severity, label-schema, rule-settings, build-context and build-argument maps are merged with
    /// <paramref name="higher"/>'s entries winning.
    /// </summary>
    public LinterConfiguration MergedWith(LinterConfiguration higher)
    {
        var severity = new Dictionary<string, Severity?>(Severity, StringComparer.OrdinalIgnoreCase);
        foreach (var (code, level) in higher.Severity) severity[code] = level;
        var labels = new Dictionary<string, string>(LabelSchema, StringComparer.Ordinal);
        foreach (var (name, type) in higher.LabelSchema) labels[name] = type;
        var settings = new Dictionary<string, IReadOnlyDictionary<string, string>>(RuleSettings, StringComparer.OrdinalIgnoreCase);
        foreach (var (code, values) in higher.RuleSettings)
        {
            var merged = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (settings.TryGetValue(code, out var lower)) foreach (var (k, v) in lower) merged[k] = v;
            foreach (var (k, v) in values) merged[k] = v;
            settings[code] = merged;
        }
        var buildContexts = new Dictionary<string, string>(BuildContexts, StringComparer.Ordinal);
        foreach (var (name, value) in higher.BuildContexts) buildContexts[name] = value;
        var buildArgs = new Dictionary<string, string>(BuildArgs, StringComparer.Ordinal);
        foreach (var (name, value) in higher.BuildArgs) buildArgs[name] = value;
        return new LinterConfiguration
        {
            SourcePath = higher.SourcePath ?? SourcePath,
            Dialect = higher.SourcePath is null ? Dialect : higher.Dialect,
            Preset = higher.Preset ?? Preset,
            Ignore = Union(Ignore, higher.Ignore),
            Enable = Union(Enable, higher.Enable),
            Severity = severity,
            FailureThreshold = higher.FailureThreshold ?? FailureThreshold,
            NoFail = higher.NoFail ?? NoFail,
            TrustedRegistries = Union(TrustedRegistries, higher.TrustedRegistries),
            LabelSchema = labels,
            StrictLabels = higher.StrictLabels ?? StrictLabels,
            Context = higher.Context ?? Context,
            BuildContexts = buildContexts,
            BuildArgs = buildArgs,
            DisableInlineSuppressions = higher.DisableInlineSuppressions ?? DisableInlineSuppressions,
            ShellCheck = higher.ShellCheck ?? ShellCheck,
            RuleSettings = settings,
            Format = higher.Format ?? Format,
        };
    }

    /// <summary>
    /// The <see cref="LintOptions"/> this configuration stands for (preset, rules, severities, settings, registries,
    /// labels, build context): what the command line lints with.
    /// </summary>
    public LintOptions ToLintOptions() => new()
    {
        Preset = EffectivePreset,
        Ignore = new HashSet<string>(Ignore, StringComparer.OrdinalIgnoreCase),
        Enable = new HashSet<string>(Enable, StringComparer.OrdinalIgnoreCase),
        SeverityOverrides = new Dictionary<string, Severity?>(Severity, StringComparer.OrdinalIgnoreCase),
        TrustedRegistries = TrustedRegistries.ToList(),
        LabelSchema = new Dictionary<string, string>(LabelSchema, StringComparer.Ordinal),
        StrictLabels = StrictLabels ?? false,
        ContextDirectory = Context,
        NamedContexts = new Dictionary<string, string>(BuildContexts, StringComparer.Ordinal),
        BuildArgs = new Dictionary<string, string>(BuildArgs, StringComparer.Ordinal),
        DisableInlineSuppressions = DisableInlineSuppressions ?? false,
        ShellCheck = ShellCheck ?? false,
        RuleSettings = RuleSettings.ToDictionary(
            e => e.Key,
            e => (IDictionary<string, string>)new Dictionary<string, string>(e.Value, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>
    /// The exit policy: true when a finding is at least as severe as the failure threshold (the configured one, else
    /// the preset's: <c>warning</c> under <c>recommended</c> and <c>all</c>, <c>info</c> under <c>hadolint</c>), unless
    /// <see cref="NoFail"/> is set or the threshold is <see cref="Configuration.FailureThreshold.None"/>. The command
    /// line exits with 1 when this is true for any file.
    /// </summary>
    public bool Fails(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (NoFail == true) return false;
        var threshold = EffectiveFailureThreshold;
        if (threshold == Configuration.FailureThreshold.None) return false;
        // Severity and FailureThreshold share the order Error(0) < Warning < Info < Style: lower is more severe.
        return diagnostics.Any(d => (int)d.Severity <= (int)threshold);
    }

    private static string[] Union(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Concat(b).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
