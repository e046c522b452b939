namespace Dockerfile.Linter.Cli.Fixing;

/// <summary>
/// Replaces a file's content all at once: the bytes go to a temporary file in the same folder, which is flushed and then
/// renamed over the original, so a reader (or a crash) never sees half a file. The original's permission bits are kept,
/// and a symbolic link keeps pointing at the file it points to, which is the one replaced.
/// </summary>
internal static class AtomicFileWriter
{
    /// <exception cref="IOException">The file or its folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file is read-only or not writable by this user.</exception>
    public static void Replace(string path, byte[] content)
    {
        string target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        EnsureWritable(target);
        string folder = Path.GetDirectoryName(target)!;
        string temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// A file marked read-only (no write bit at all, or the read-only attribute) is left alone even when this user could
    /// replace it (root, or the owner of the folder): renaming over it would silently drop the mark's intent.
    /// </summary>
    private static void EnsureWritable(string path)
    {
        bool readOnly = OperatingSystem.IsWindows()
            ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
            : (File.GetUnixFileMode(path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
        if (readOnly) throw new UnauthorizedAccessException("the file is read-only");
        // Opening for writing (without truncating) asks the operating system whether this user may write it.
        using var probe = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
