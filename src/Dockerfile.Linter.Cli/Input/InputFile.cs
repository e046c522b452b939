namespace Dockerfile.Linter.Cli.Input;

/// <summary>A Dockerfile to process: standard input, or a file on disk.</summary>
/// <param name="DisplayPath">The path shown in reports (as given, or found under a given directory; the stdin name for stdin).</param>
/// <param name="FullPath">The absolute path on disk; null for standard input.</param>
internal sealed record InputFile(string DisplayPath, string? FullPath)
{
    public bool IsStandardInput => FullPath is null;

    /// <summary>
    /// True when the search that found the file saw it was a regular file (a folder walk or a glob probes every file it
    /// keeps), so that reading need not ask again; false for paths named on the command line.
    /// </summary>
    public bool IsKnownRegularFile { get; init; }
}
