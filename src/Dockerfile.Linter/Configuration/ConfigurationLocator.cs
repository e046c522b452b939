namespace Dockerfile.Linter.Configuration;

/// <summary>
/// Finds the configuration file that applies to a Dockerfile. Order: <c>.dockerfile-lint.yaml</c>/<c>.yml</c> from the
/// file's folder upward to the repository root (the first folder with a <c>.git</c> entry); then <c>.hadolint.yaml</c>/<c>.yml</c>
/// the same way; then the user's <c>dockerfile-lint/config.yaml</c> in <c>$XDG_CONFIG_HOME</c> (or <c>~/.config</c>);
/// then the user's <c>hadolint.yaml</c> there. The first file found wins; files are not merged with each other.
/// </summary>
public sealed class ConfigurationLocator
{
    /// <summary>File names of our own configuration, in lookup order.</summary>
    public static readonly IReadOnlyList<string> NativeFileNames = [".dockerfile-lint.yaml", ".dockerfile-lint.yml"];

    /// <summary>File names of hadolint's configuration, in lookup order.</summary>
    public static readonly IReadOnlyList<string> HadolintFileNames = [".hadolint.yaml", ".hadolint.yml"];

    private readonly string? _userConfigDirectory;
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _nativeUpward = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _hadolintUpward = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Creates a locator; <paramref name="userConfigDirectory"/> is <c>$XDG_CONFIG_HOME</c> or <c>~/.config</c> (null: none).</summary>
    public ConfigurationLocator(string? userConfigDirectory) => _userConfigDirectory = userConfigDirectory;

    /// <summary>The user's configuration folder from the environment: <c>$XDG_CONFIG_HOME</c>, else <c>$HOME/.config</c>.</summary>
    public static string? UserConfigDirectory(Func<string, string?> getEnvironmentVariable)
    {
        if (getEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg) return xdg;
        string? home = getEnvironmentVariable("HOME") ?? getEnvironmentVariable("USERPROFILE");
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".config");
    }

    /// <summary>The configuration file for a Dockerfile in <paramref name="directory"/>, or null when there is none.</summary>
    public string? FindFor(string directory)
    {
        directory = Path.GetFullPath(directory);
        lock (_lock)
        {
            if (_cache.TryGetValue(directory, out var cached)) return cached;
        }
        string? found = SearchUpward(directory, NativeFileNames, _nativeUpward)
            ?? SearchUpward(directory, HadolintFileNames, _hadolintUpward)
            ?? FirstExisting(_userConfigDirectory is null ? [] : [
                Path.Combine(_userConfigDirectory, "dockerfile-lint", "config.yaml"),
                Path.Combine(_userConfigDirectory, "dockerfile-lint", "config.yml"),
                Path.Combine(_userConfigDirectory, "hadolint.yaml"),
                Path.Combine(_userConfigDirectory, "hadolint.yml"),
            ]);
        lock (_lock) _cache[directory] = found;
        return found;
    }

    // Sibling folders share their parents: remembering each folder's upward result means a run over many folders
    // checks every parent once instead of once per Dockerfile.
    private string? SearchUpward(string directory, IReadOnlyList<string> names, Dictionary<string, string?> memo)
    {
        var visited = new List<string>();
        string? found = null;
        for (string? dir = directory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            lock (_lock)
            {
                if (memo.TryGetValue(dir, out found)) break;
            }
            visited.Add(dir);
            if (FirstExisting(names.Select(n => Path.Combine(dir, n))) is { } hit)
            {
                found = hit;
                break;
            }
            if (IsRepositoryRoot(dir)) break;
        }
        lock (_lock)
        {
            foreach (var dir in visited) memo[dir] = found;
        }
        return found;
    }

    private static bool IsRepositoryRoot(string directory)
    {
        string git = Path.Combine(directory, ".git");
        return Directory.Exists(git) || File.Exists(git);
    }

    // A config path that exists but is a directory is returned too, so the caller reports it instead of skipping it.
    private static string? FirstExisting(IEnumerable<string> candidates) =>
        candidates.FirstOrDefault(p => File.Exists(p) || Directory.Exists(p));
}
