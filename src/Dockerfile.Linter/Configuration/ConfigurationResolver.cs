using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Configuration;

/// <summary>
/// Finds and reads the configuration that applies to each Dockerfile, as the command line does, and layers it:
/// defaults &lt; the configuration file (the nearest <c>.dockerfile-lint.yaml</c> or <c>.hadolint.yaml</c> from the
/// file's folder upwards, else the user's, or the one given explicitly) &lt; <c>overrides</c> (the command line's
/// layer). Each file is read once; files that share a configuration get the same instance. Problems found in a file
/// are collected in <see cref="Errors"/> and <see cref="Warnings"/> rather than thrown. Safe across threads.
/// </summary>
public sealed class ConfigurationResolver
{
    private readonly LinterConfiguration _overrides;
    private readonly string? _explicitPath;
    private readonly ConfigurationLocator _locator;
    private readonly RuleDescriptor[] _rules;
    private readonly Dictionary<string, LinterConfiguration> _effective = new(StringComparer.Ordinal);
    private readonly List<ConfigurationError> _errors = [];
    private readonly List<ConfigurationError> _warnings = [];
    private readonly SortedSet<string> _shellCheckCodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    /// <summary>Creates a resolver.</summary>
    /// <param name="overrides">The highest layer (what a command line sets); null for none.</param>
    /// <param name="configurationFile">A configuration file to use for every Dockerfile instead of searching (<c>--config</c>).</param>
    /// <param name="locator">Where to search; by default from each file's folder upwards, then the user's configuration folder (<c>XDG_CONFIG_HOME</c>, <c>~/.config</c>).</param>
    /// <param name="rules">The rules that configuration may name; by default the built-in ones.</param>
    public ConfigurationResolver(LinterConfiguration? overrides = null, string? configurationFile = null,
        ConfigurationLocator? locator = null, IEnumerable<RuleDescriptor>? rules = null)
    {
        _overrides = overrides ?? LinterConfiguration.Empty;
        _explicitPath = configurationFile is null ? null : Path.GetFullPath(configurationFile);
        _locator = locator ?? new ConfigurationLocator(ConfigurationLocator.UserConfigDirectory(Environment.GetEnvironmentVariable));
        _rules = (rules ?? RuleRegistry.All.Select(r => r.Descriptor)).ToArray();
    }

    /// <summary>Errors found in the configuration files read so far (a command line stops with exit code 2 on any).</summary>
    public IReadOnlyList<ConfigurationError> Errors
    {
        get { lock (_gate) return [.. _errors]; }
    }

    /// <summary>Warnings about the configuration files read so far (unknown hadolint keys, unknown rules in a hadolint file …).</summary>
    public IReadOnlyList<ConfigurationError> Warnings
    {
        get { lock (_gate) return [.. _warnings]; }
    }

    /// <summary>ShellCheck codes that the configuration files read so far name and this linter does not implement (accepted and ignored).</summary>
    public IReadOnlyCollection<string> ShellCheckCodes
    {
        get { lock (_gate) return [.. _shellCheckCodes]; }
    }

    /// <summary>The path of the configuration file that applies to files in <paramref name="directory"/>, or null.</summary>
    public string? FindFileFor(string directory) => _explicitPath ?? _locator.FindFor(Path.GetFullPath(directory));

    /// <summary>The effective configuration for the Dockerfile at <paramref name="dockerfilePath"/>.</summary>
    public LinterConfiguration ForFile(string dockerfilePath)
    {
        ArgumentNullException.ThrowIfNull(dockerfilePath);
        return ForDirectory(Path.GetDirectoryName(Path.GetFullPath(dockerfilePath))!);
    }

    /// <summary>The effective configuration for Dockerfiles in <paramref name="directory"/>.</summary>
    public LinterConfiguration ForDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string? path = FindFileFor(directory);
        string key = path ?? "";
        lock (_gate)
        {
            if (_effective.TryGetValue(key, out var effective)) return effective;
            var file = path is null ? LinterConfiguration.Empty : Read(path);
            return _effective[key] = file.MergedWith(_overrides);
        }
    }

    private LinterConfiguration Read(string path)
    {
        var result = ConfigurationReader.ReadFile(path, _rules);
        _errors.AddRange(result.Errors);
        _warnings.AddRange(result.Warnings);
        _shellCheckCodes.UnionWith(result.ShellCheckCodes);
        return result.Configuration;
    }
}
