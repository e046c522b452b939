namespace Dockerfile.Linter.Context;

/// <summary>What an entry of the build context is. Symbolic links are sent as links, never followed.</summary>
internal enum ContextEntryKind
{
    File,
    Directory,
    Symlink,
    /// <summary>A FIFO, socket or device: never opened (reading could wait forever or never end).</summary>
    Special,
    /// <summary>Listed, but what it is cannot be found out (a name that is not valid UTF-8, a permission error).</summary>
    Unreadable,
}

/// <summary>One directory entry as the walker sees it (lstat view); <see cref="Error"/> says why an <see cref="ContextEntryKind.Unreadable"/> one could not be examined.</summary>
internal readonly record struct ContextEntry(string Name, ContextEntryKind Kind, long Length, string? Error = null);

/// <summary>
/// The view of the context directory the walker and the source resolver need; paths are '/'-separated and relative
/// to the root (<c>"."</c> is the root). Members may throw <see cref="IOException"/>,
/// <see cref="UnauthorizedAccessException"/> or <see cref="ArgumentException"/> (a path the OS rejects); callers turn
/// those into <see cref="ContextProblem"/>s.
/// </summary>
internal interface IContextFileSystem
{
    /// <summary>The root directory, for messages.</summary>
    string Root { get; }

    /// <summary>The entries of a directory; an entry that cannot be examined is listed as <see cref="ContextEntryKind.Unreadable"/>, never dropped with the rest.</summary>
    IReadOnlyList<ContextEntry> List(string relativeDirectory);

    /// <summary>
    /// The entry at a path without following a final symlink, or null when nothing is there. Throws
    /// <see cref="UnauthorizedAccessException"/> when a directory on the way cannot be read, so "missing" is never
    /// said of what could not be looked at.
    /// </summary>
    ContextEntry? Stat(string relativePath);

    /// <summary>
    /// For a symlink: true when following it never ends (a chain that loops) or when it points at the directory that
    /// holds it or one of that directory's ancestors (a walker that followed links would never finish).
    /// </summary>
    bool IsLoopingLink(string relativePath);

    /// <summary>Up to <paramref name="maxChars"/> characters of a file's text.</summary>
    string ReadPrefix(string relativePath, int maxChars);
}
