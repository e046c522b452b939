using Dockerfile.Linter.Context;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Dockerfile.Linter.Cli.Input;

/// <summary>
/// Expands command-line paths into Dockerfiles: <c>-</c> is stdin; a file is taken as is; a directory is searched
/// for Dockerfile names (skipping <c>.git</c>, <c>node_modules</c>, symlinked folders and what .gitignore ignores);
/// a glob pattern that is not an existing path is matched with FileSystemGlobbing. Problems are collected, not thrown,
/// so the other paths are still processed.
/// </summary>
internal sealed class FileDiscovery(CliEnvironment env)
{
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal) { ".git", "node_modules" };
    private static readonly char[] GlobCharacters = ['*', '?', '[', '{'];

    public List<string> Errors { get; } = [];

    // Folders listed by the glob arguments of this run: several patterns over one tree list each folder once.
    private readonly ListedDirectory.Listings _listings = new();

    /// <summary>The inputs in argument order (each directory's or glob's files sorted), without duplicates.</summary>
    public List<InputFile> Discover(IReadOnlyList<string> paths, string? stdinFileName)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(InputFile f)
        {
            if (seen.Add(f.FullPath ?? "\0stdin")) files.Add(f);
        }

        foreach (var path in paths.Count == 0 ? ["."] : paths)
        {
            if (path == "-")
            {
                Add(new InputFile(stdinFileName ?? "-", null));
                continue;
            }
            string full = env.FullPath(path);
            if (BrokenLink(new FileInfo(full)) is { } linkProblem) Errors.Add($"{path}: {linkProblem}");
            else if (File.Exists(full)) Add(new InputFile(path, full));
            else if (Directory.Exists(full)) Walk(WithoutTrailingSeparators(path), full).ForEach(Add);
            else if (path.IndexOfAny(GlobCharacters) >= 0) Glob(path).ForEach(Add);
            else Errors.Add($"{path}: no such file or directory");
        }
        return files;
    }

    /// <summary><c>dir/</c> and <c>dir//</c> are shown as <c>dir</c> (found files as <c>dir/Dockerfile</c>); <c>/</c> stays.</summary>
    private static string WithoutTrailingSeparators(string path)
    {
        string trimmed = path.TrimEnd('/', Path.DirectorySeparatorChar);
        return trimmed.Length == 0 ? path[..1] : trimmed;
    }

    private List<InputFile> Walk(string shownRoot, string fullRoot)
    {
        var found = new List<InputFile>();
        var ignore = GitIgnoreFilter.ForWalkFrom(fullRoot);
        WalkDirectory(new DirectoryInfo(fullRoot), shownRoot, ignore, found, top: true);
        found.Sort((a, b) => StringComparer.Ordinal.Compare(a.DisplayPath, b.DisplayPath));
        return found;
    }

    private void WalkDirectory(DirectoryInfo dir, string shown, GitIgnoreFilter ignore, List<InputFile> found, bool top)
    {
        int pushed = top ? 0 : ignore.TryAdd(dir.FullName);
        FileSystemInfo[] entries;
        try
        {
            entries = dir.GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            Errors.Add($"{shown}: cannot read directory: {e.Message}");
            ignore.Pop(pushed);
            return;
        }
        Array.Sort(entries, (a, b) => StringComparer.Ordinal.Compare(a.Name, b.Name));
        foreach (var entry in entries)
        {
            string childShown = shown == "." ? entry.Name : Path.Join(shown, entry.Name);
            if (entry is DirectoryInfo sub)
            {
                // Symlinked folders are not followed: they can loop or leave the tree.
                if (SkippedDirectories.Contains(sub.Name) || sub.LinkTarget is not null) continue;
                if (ignore.IsIgnored(sub.FullName, isDirectory: true)) continue;
                WalkDirectory(sub, childShown, ignore, found, top: false);
            }
            else if (DockerfileNames.IsDockerfile(entry.Name) && !ignore.IsIgnored(entry.FullName, isDirectory: false))
            {
                if (BrokenLink(entry) is { } linkProblem)
                    Errors.Add($"{childShown}: {linkProblem}");
                else if (NotRegularFile(entry.FullName, out bool regular) is { } typeProblem)
                    Errors.Add($"{childShown}: {typeProblem}");
                else
                    found.Add(new InputFile(childShown, entry.FullName) { IsKnownRegularFile = regular });
            }
        }
        ignore.Pop(pushed);
    }

    /// <summary>
    /// A message when a file found by searching is a FIFO, socket or device: opening a FIFO waits for a writer forever,
    /// so only regular files found in folders are read (a path named on the command line is read as given).
    /// </summary>
    /// <param name="fullPath">The file.</param>
    /// <param name="regular">Set when it is a regular file (reading then need not probe it again).</param>
    private static string? NotRegularFile(string fullPath, out bool regular)
    {
        var type = FileTypeProbe.Probe(fullPath);
        regular = type == FileType.Regular;
        return FileTypeProbe.IsSpecial(type) ? $"skipped: not a regular file (it is {FileTypeProbe.Describe(type)})" : null;
    }

    /// <summary>A message when <paramref name="entry"/> is a symbolic link that does not lead to an existing file or folder.</summary>
    private static string? BrokenLink(FileSystemInfo entry)
    {
        if (entry.LinkTarget is not { } target) return null;
        try
        {
            var final = entry.ResolveLinkTarget(returnFinalTarget: true);
            return final is null || final.Exists || Directory.Exists(final.FullName) ? null : $"cannot follow symbolic link to '{target}': target does not exist";
        }
        catch (IOException)
        {
            return $"cannot follow symbolic link to '{target}': too many levels of links (a loop?)";
        }
    }

    private List<InputFile> Glob(string pattern)
    {
        // The base folder is the longest leading run of segments without glob characters.
        var segments = pattern.Replace('\\', '/').Split('/');
        int firstGlob = Array.FindIndex(segments, s => s.IndexOfAny(GlobCharacters) >= 0);
        string shownBase = string.Join('/', segments[..firstGlob]);
        string relativePattern = string.Join('/', segments[firstGlob..]);
        string fullBase = env.FullPath(shownBase.Length == 0 ? "." : shownBase);
        if (Path.IsPathRooted(pattern) && shownBase.Length == 0) fullBase = Path.GetPathRoot(pattern)!;

        var found = new List<InputFile>();
        if (!Directory.Exists(fullBase))
        {
            Errors.Add($"{pattern}: no such file or directory");
            return found;
        }
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relativePattern);
        foreach (var skipped in SkippedDirectories) matcher.AddExclude($"**/{skipped}/**");
        try
        {
            var result = matcher.Execute(ListedDirectory.At(fullBase, _listings));
            foreach (var match in result.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                string shown = shownBase.Length == 0 ? match.Path : $"{shownBase}/{match.Path}";
                string full = Path.GetFullPath(match.Path, fullBase);
                if (NotRegularFile(full, out bool regular) is { } typeProblem) Errors.Add($"{shown}: {typeProblem}");
                else found.Add(new InputFile(shown, full) { IsKnownRegularFile = regular });
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Errors.Add($"{pattern}: cannot search: {e.Message}");
        }
        if (found.Count == 0) Errors.Add($"{pattern}: no files match this pattern");
        return found;
    }
}
