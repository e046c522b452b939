using MAB.DotIgnore;

namespace Dockerfile.Linter.Cli.Input;

/// <summary>
/// The <c>.gitignore</c> files that apply while walking a directory tree: those from the repository root down to the
/// walk's start, plus those met on the way. A path is skipped when any applicable file ignores it.
/// </summary>
internal sealed class GitIgnoreFilter
{
    private readonly List<(string Directory, IgnoreList Rules)> _lists = [];

    private GitIgnoreFilter() { }

    /// <summary>A filter holding the .gitignore files of <paramref name="start"/> and its ancestors up to the repository root.</summary>
    public static GitIgnoreFilter ForWalkFrom(string start)
    {
        var filter = new GitIgnoreFilter();
        var chain = new List<string>();
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            chain.Add(dir.FullName);
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git"))) break;
            if (dir.Parent is null) { chain = [start]; break; } // not in a repository: only the start folder's own file
        }
        chain.Reverse();
        foreach (var dir in chain) filter.TryAdd(dir);
        return filter;
    }

    /// <summary>Adds <paramref name="directory"/>'s .gitignore, if any; returns the number of lists to pop afterwards.</summary>
    public int TryAdd(string directory)
    {
        string file = Path.Combine(directory, ".gitignore");
        if (!File.Exists(file) || _lists.Any(l => l.Directory == directory)) return 0;
        try
        {
            _lists.Add((directory, new IgnoreList(file)));
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    public void Pop(int count)
    {
        if (count > 0) _lists.RemoveRange(_lists.Count - count, count);
    }

    public bool IsIgnored(string fullPath, bool isDirectory)
    {
        foreach (var (dir, rules) in _lists)
        {
            if (!fullPath.StartsWith(dir, StringComparison.Ordinal)) continue;
            string relative = Path.GetRelativePath(dir, fullPath).Replace('\\', '/');
            if (relative.StartsWith("..", StringComparison.Ordinal)) continue;
            if (rules.IsIgnored(relative, isDirectory)) return true;
        }
        return false;
    }
}
