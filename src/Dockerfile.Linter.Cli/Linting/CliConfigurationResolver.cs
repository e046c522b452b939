using Dockerfile.Linter.Cli.Input;
using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Cli.Linting;

/// <summary>
/// The library's <see cref="Configuration.ConfigurationResolver"/> seen from the command line: paths resolved against
/// the tool's working directory, standard input placed in its <c>--stdin-filename</c>'s folder, and configuration
/// problems shown with paths relative to the working directory.
/// </summary>
internal sealed class CliConfigurationResolver
{
    private readonly CliEnvironment _env;
    private readonly Configuration.ConfigurationResolver _resolver;
    private readonly string? _stdinDirectory;

    public CliConfigurationResolver(CliEnvironment env, IReadOnlyList<RuleDescriptor> rules, LinterConfiguration commandLine,
        string? explicitPath, string? stdinFileName = null)
    {
        _env = env;
        _stdinDirectory = stdinFileName is null ? null : Path.GetDirectoryName(env.FullPath(stdinFileName));
        var locator = new ConfigurationLocator(ConfigurationLocator.UserConfigDirectory(env.GetEnvironmentVariable));
        _resolver = new Configuration.ConfigurationResolver(commandLine, explicitPath is null ? null : env.FullPath(explicitPath), locator, rules);
    }

    public IEnumerable<string> Errors => _resolver.Errors.Select(e => Shown(e).ToString());

    public IEnumerable<string> Warnings => _resolver.Warnings.Select(e => "warning: " + Shown(e));

    /// <summary>ShellCheck codes named by the configuration files read that this linter does not implement (accepted and ignored).</summary>
    public IReadOnlyCollection<string> ShellCheckCodes => _resolver.ShellCheckCodes;

    /// <summary>The effective configuration for <paramref name="input"/> (stdin: from its --stdin-filename's folder, else the working directory).</summary>
    public LinterConfiguration For(InputFile input) => ForDirectory(input.FullPath is { } full
        ? Path.GetDirectoryName(full)!
        : _stdinDirectory ?? _env.WorkingDirectory);

    /// <summary>The effective configuration for files in <paramref name="directory"/> (an absolute path).</summary>
    public LinterConfiguration ForDirectory(string directory) => _resolver.ForDirectory(directory);

    /// <summary>A configuration file's path as shown to the user (relative to the working directory when below it).</summary>
    public string ShownPath(string path)
    {
        string relative = Path.GetRelativePath(_env.WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private ConfigurationError Shown(ConfigurationError e) => e with { Path = ShownPath(e.Path) };
}
