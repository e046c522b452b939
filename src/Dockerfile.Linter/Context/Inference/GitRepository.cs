namespace Dockerfile.Linter.Context;

/// <summary>Finds the root of the git repository that holds a path: the nearest folder with a <c>.git</c> entry.</summary>
internal static class GitRepository
{
    /// <summary>How many folders up the search goes.</summary>
    public const int MaxLevels = 64;

    /// <summary>The repository root at or above <paramref name="directory"/>, or null.</summary>
    public static string? FindRoot(string directory)
    {
        try
        {
            var dir = new DirectoryInfo(directory);
            for (var level = 0; dir is not null && level < MaxLevels; level++, dir = dir.Parent)
            {
                var git = Path.Combine(dir.FullName, ".git");
                if (System.IO.Directory.Exists(git) || File.Exists(git)) return Path.TrimEndingDirectorySeparator(dir.FullName);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
        }
        return null;
    }

    /// <summary>
    /// The folders from <paramref name="start"/> up to <paramref name="root"/> (both included), nearest first; only
    /// <paramref name="start"/> when there is no root or <paramref name="start"/> is not below it.
    /// </summary>
    public static List<string> FoldersUpTo(string start, string? root)
    {
        var folders = new List<string> { start };
        if (root is null || !IsSameOrBelow(start, root)) return folders;
        var current = start;
        for (var level = 0; level < MaxLevels && !string.Equals(current, root, StringComparison.Ordinal); level++)
        {
            var parent = Path.GetDirectoryName(current);
            if (parent is null) break;
            current = Path.TrimEndingDirectorySeparator(parent);
            folders.Add(current);
        }
        return folders;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="directory"/> or inside it (lexically).</summary>
    public static bool IsSameOrBelow(string path, string directory)
    {
        var p = Path.TrimEndingDirectorySeparator(path);
        var d = Path.TrimEndingDirectorySeparator(directory);
        if (string.Equals(p, d, StringComparison.Ordinal)) return true;
        return p.Length > d.Length && p.StartsWith(d, StringComparison.Ordinal)
            && (p[d.Length] == Path.DirectorySeparatorChar || d.EndsWith(Path.DirectorySeparatorChar));
    }
}
