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

    public PhysicalContextFileSystem(string root)
    {
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

    public IReadOnlyList<ContextEntry> List(string relativeDirectory)
    {
        var entries = new List<ContextEntry>();
        foreach (var info in new DirectoryInfo(FullPath(relativeDirectory)).EnumerateFileSystemInfos("*", ListOptions))
        {
            try
            {
                entries.Add(ToEntry(info));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // .NET decodes a name that is not valid UTF-8 with U+FFFD and then cannot find the file by that name.
                bool badName = info.Name.Contains('\uFFFD');
                entries.Add(new ContextEntry(info.Name, ContextEntryKind.Unreadable, 0,
                    badName ? "its name is not valid UTF-8, so it cannot be examined" : ex.Message));
            }
        }
        return entries;
    }

    public ContextEntry? Stat(string relativePath)
    {
        var full = FullPath(relativePath);
        FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
        if (info.LinkTarget is not null) return new ContextEntry(info.Name, ContextEntryKind.Symlink, 0);
        if (info.Exists) return ToEntry(info);
        ThrowIfAncestorUnreadable(full);
        return null;
    }

    // Exists answers false both for a missing path and for one below a directory that cannot be read or searched.
    private void ThrowIfAncestorUnreadable(string full)
    {
        var root = Path.TrimEndingDirectorySeparator(Root);
        for (var directory = Path.GetDirectoryName(full); directory is not null && directory.Length >= root.Length;
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
