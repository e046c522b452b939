using Dockerfile.Linter.Cli.Input;
using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Cli.Linting;

/// <summary>
/// Finds and loads the configuration of each input (once per file), and combines it with the command-line layer:
/// defaults &lt; configuration file &lt; command line.
/// </summary>
internal sealed class ConfigurationResolver
{
    private readonly CliEnvironment _env;
    private readonly IReadOnlyList<RuleDescriptor> _rules;
    private readonly LinterConfiguration _commandLine;
    private readonly string? _explicitPath;
    private readonly ConfigurationLocator _locator;
    private readonly Dictionary<string, LinterConfiguration> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinterConfiguration> _effective = new(StringComparer.Ordinal);

    private readonly string? _stdinDirectory;

    public ConfigurationResolver(CliEnvironment env, IReadOnlyList<RuleDescriptor> rules, LinterConfiguration commandLine,
        string? explicitPath, string? stdinFileName = null)
    {
        _stdinDirectory = stdinFileName is null ? null : Path.GetDirectoryName(env.FullPath(stdinFileName));
        _env = env;
        _rules = rules;
        _commandLine = commandLine;
        _explicitPath = explicitPath is null ? null : env.FullPath(explicitPath);
        _locator = new ConfigurationLocator(ConfigurationLocator.UserConfigDirectory(env.GetEnvironmentVariable));
    }

    public List<string> Errors { get; } = [];
    public List<string> Warnings { get; } = [];

    /// <summary>ShellCheck codes named by the configuration files read that this linter does not implement (accepted and ignored).</summary>
    public SortedSet<string> ShellCheckCodes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The effective configuration for <paramref name="input"/> (stdin: from its --stdin-filename's folder, else the working directory).</summary>
    public LinterConfiguration For(InputFile input) => ForDirectory(input.FullPath is { } full
        ? Path.GetDirectoryName(full)!
        : _stdinDirectory ?? _env.WorkingDirectory);

    /// <summary>The effective configuration for files in <paramref name="directory"/> (also used for run-wide settings from the working directory).</summary>
    public LinterConfiguration ForDirectory(string directory)
    {
        string? path = _explicitPath ?? _locator.FindFor(directory);
        // One instance per configuration file, so files sharing it share one linter.
        string key = path ?? "";
        if (_effective.TryGetValue(key, out var effective)) return effective;
        var file = path is null ? LinterConfiguration.Empty : Load(path);
        return _effective[key] = file.MergedWith(_commandLine);
    }

    private LinterConfiguration Load(string path)
    {
        if (_loaded.TryGetValue(path, out var cached)) return cached;
        var result = ConfigurationReader.ReadFile(path, _rules.ToArray());
        Errors.AddRange(result.Errors.Select(e => Shown(e).ToString()));
        Warnings.AddRange(result.Warnings.Select(e => "warning: " + Shown(e)));
        ShellCheckCodes.UnionWith(result.ShellCheckCodes);
        _loaded[path] = result.Configuration;
        return result.Configuration;
    }

    /// <summary>A configuration file's path as shown to the user (relative to the working directory when below it).</summary>
    public string ShownPath(string path)
    {
        string relative = Path.GetRelativePath(_env.WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private ConfigurationError Shown(ConfigurationError e)
    {
        string relative = Path.GetRelativePath(_env.WorkingDirectory, e.Path);
        return e with { Path = relative.StartsWith("..", StringComparison.Ordinal) ? e.Path : relative };
    }
}
