namespace Dockerfile.Linter.Cli.Output;

/// <summary>
/// Writes every report file of the tool (<c>lint -o</c>, <c>parse -o</c>): refuses a path that is one of the inputs
/// (the same file by device and inode, so <c>./x</c>, symbolic and hard links count), and replaces the file atomically
/// (a temporary file in the same folder, then a rename), so a failed or interrupted write never leaves half a report.
/// </summary>
internal static class ReportFileWriter
{
    private static readonly System.Text.UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> (relative to <paramref name="env"/>'s working
    /// directory); returns null, or a one-line message when nothing was written.
    /// </summary>
    /// <param name="env">Resolves relative paths.</param>
    /// <param name="path">The output path as the user wrote it (used in messages).</param>
    /// <param name="inputs">Full paths of the files read in this run (Dockerfiles, configuration); never overwritten.</param>
    /// <param name="content">The report.</param>
    public static string? Write(CliEnvironment env, string path, IEnumerable<string> inputs, string content)
    {
        string full = env.FullPath(path);
        if (Directory.Exists(full)) return $"{path}: cannot write report: is a directory";
        if (FileIdentity.Of(full) is { } output && inputs.Any(input => FileIdentity.Of(input) == output))
            return $"{path}: refusing to write the report over an input file (choose another --output)";

        string? temporary = null;
        try
        {
            string directory = Path.GetDirectoryName(full) ?? ".";
            temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
            // Encoded whole and written in one call (a report of megabytes took thousands of 4 KB writes through a StreamWriter).
            var bytes = Utf8WithoutMark.GetBytes(content);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
            temporary = null;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            return $"{path}: cannot write report: {e.Message}";
        }
        finally
        {
            if (temporary is not null)
            {
                try { File.Delete(temporary); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            }
        }
    }
}
