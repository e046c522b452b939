using System.IO.Enumeration;

namespace Dockerfile.Linter.Context;

/// <summary>The context as a directory on disk.</summary>
internal sealed class PhysicalContextFileSystem : IContextFileSystem
{
    private static readonly EnumerationOptions ListOptions = new()
    {
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
        MatchType = MatchType.Simple,
    };

    private readonly ContextDirectoryCache _cache;

    /// <param name="root">The context folder.</param>
    /// <param name="cache">What other views of the same run already learnt about folders; null: this view keeps its own.</param>
    public PhysicalContextFileSystem(string root, ContextDirectoryCache? cache = null)
    {
        _cache = cache ?? new ContextDirectoryCache();
        try
        {
            Root = Path.GetFullPath(root);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            Root = root; // listing it fails later and becomes a ContextProblem
        }
    }

    public string Root { get; }

    public IReadOnlyList<ContextEntry> List(string relativeDirectory) =>
        _cache.List(Path.TrimEndingDirectorySeparator(FullPath(relativeDirectory)), ListFromDisk);

    private static IReadOnlyList<ContextEntry> ListFromDisk(string directory)
    {
        var entries = new List<ContextEntry>();
        // Names only: the listing itself costs no call per entry; each entry then takes one lstat (type and size).
        var names = new FileSystemEnumerable<string>(directory, static (ref FileSystemEntry entry) => entry.FileName.ToString(), ListOptions);
        foreach (var name in names)
        {
            var full = Path.Join(directory, name);
            entries.Add(FromLStat(full, name) ?? Examine(Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full)));
        }
        return entries;
    }

    // The entry as FileSystemInfo describes it, for when lstat could not (Windows, an error to report in its words).
    private static ContextEntry Examine(FileSystemInfo info)
    {
        try
        {
            return ToEntry(info);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // .NET decodes a name that is not valid UTF-8 with U+FFFD and then cannot find the file by that name.
            bool badName = info.Name.Contains('\uFFFD');
            return new ContextEntry(info.Name, ContextEntryKind.Unreadable, 0,
                badName ? "its name is not valid UTF-8, so it cannot be examined" : ex.Message);
        }
    }

    public ContextEntry? Stat(string relativePath)
    {
        var full = FullPath(relativePath);
        if (IsPlain(relativePath))
        {
            // A folder listed already answers for its entries, also for the missing ones (it was readable).
            var cached = _cache.Find(Path.GetDirectoryName(full)!, Path.GetFileName(full), out var listed);
            if (listed) return cached;
            if (FromLStat(full, Path.GetFileName(full), out var missing) is { } entry) return entry;
            if (missing)
            {
                ThrowIfAncestorUnreadable(full);
                return null;
            }
        }
        FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
        if (info.LinkTarget is not null) return new ContextEntry(info.Name, ContextEntryKind.Symlink, 0);
        if (info.Exists) return ToEntry(info);
        ThrowIfAncestorUnreadable(full);
        return null;
    }

    /// <summary>
    /// True for a path that lstat reads as FileInfo does: no empty, <c>.</c> or <c>..</c> segment (FileInfo folds those
    /// away lexically, the kernel follows links first) and no trailing separator (which makes lstat follow a final link).
    /// </summary>
    private static bool IsPlain(string relativePath)
    {
        if (relativePath.Length == 0 || relativePath.Contains('\\')) return false;
        foreach (var segment in relativePath.Split('/'))
            if (segment is "" or "." or "..") return false;
        return true;
    }

    private static ContextEntry? FromLStat(string full, string name) => FromLStat(full, name, out _);

    // One lstat tells what the entry is and its size; null when it failed (missing says whether nothing is there).
    private static ContextEntry? FromLStat(string full, string name, out bool missing)
    {
        if (!FileTypeProbe.TryLStat(full, out var type, out var size, out missing)) return null;
        return type switch
        {
            FileType.SymbolicLink => new ContextEntry(name, ContextEntryKind.Symlink, 0),
            FileType.Directory => new ContextEntry(name, ContextEntryKind.Directory, 0),
            FileType.Regular => new ContextEntry(name, ContextEntryKind.File, size),
            FileType.Unknown => null,
            _ => new ContextEntry(name, ContextEntryKind.Special, 0),
        };
    }

    // Exists answers false both for a missing path and for one below a directory that cannot be read or searched.
    private void ThrowIfAncestorUnreadable(string full)
    {
        var root = Path.TrimEndingDirectorySeparator(Root);
        var start = Path.GetDirectoryName(full);
        // Known readable: a context's missing sources mostly sit in the same few folders.
        if (start is not null && _cache.IsKnownReadable(start)) return;
        for (var directory = start; directory is not null && directory.Length >= root.Length;
             directory = Path.GetDirectoryName(directory))
        {
            if (!Directory.Exists(directory)) continue;
            try
            {
                using var probe = Directory.EnumerateFileSystemEntries(directory).GetEnumerator();
                probe.MoveNext();
            }
            catch (UnauthorizedAccessException)
            {
                throw new UnauthorizedAccessException($"'{Relative(directory)}' cannot be read (permission denied)");
            }
            if (start is not null) _cache.MarkReadable(start);
            return;
        }
    }

    private string Relative(string full)
    {
        var relative = Path.GetRelativePath(Root, full).Replace(Path.DirectorySeparatorChar, '/');
        return relative.Length == 0 ? "." : relative;
    }

    public bool IsLoopingLink(string relativePath)
    {
        var full = FullPath(relativePath);
        var info = new FileInfo(full);
        if (info.LinkTarget is null) return false;
        FileSystemInfo? target;
        try
        {
            target = info.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            return true; // ELOOP: too many levels of symbolic links
        }
        if (target is null || !Directory.Exists(target.FullName)) return false;
        var targetPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target.FullName));
        var parent = Path.GetDirectoryName(full);
        while (parent is not null)
        {
            if (string.Equals(Path.TrimEndingDirectorySeparator(parent), targetPath, StringComparison.Ordinal)) return true;
            parent = Path.GetDirectoryName(parent);
        }
        return false;
    }

    public string ReadPrefix(string relativePath, int maxChars)
    {
        var full = FullPath(relativePath);
        // Checked again at read time: the entry may have been replaced by a FIFO since it was listed.
        if (FileTypeProbe.Probe(full) is var type && FileTypeProbe.IsSpecial(type))
            throw new IOException($"not a regular file: it is {FileTypeProbe.Describe(type)}");
        using var reader = new StreamReader(full);
        var buffer = new char[maxChars];
        var read = reader.ReadBlock(buffer, 0, maxChars);
        return new string(buffer, 0, read);
    }

    private string FullPath(string relativePath) =>
        relativePath == "." ? Root : Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static ContextEntry ToEntry(FileSystemInfo info)
    {
        if (info.LinkTarget is not null) return new ContextEntry(info.Name, ContextEntryKind.Symlink, 0);
        if (info is DirectoryInfo) return new ContextEntry(info.Name, ContextEntryKind.Directory, 0);
        if (FileTypeProbe.IsSpecial(FileTypeProbe.ProbeLink(info.FullName))) return new ContextEntry(info.Name, ContextEntryKind.Special, 0);
        return new ContextEntry(info.Name, ContextEntryKind.File, ((FileInfo)info).Length);
    }
}
