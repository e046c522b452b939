namespace Dockerfile.Linter.Cli.Output;

/// <summary>
/// Every report file the CLI writes (<c>--output</c>, <c>-f FORMAT:FILE</c>) goes through <see cref="Write"/>, the one
/// place to make file writes safe.
/// </summary>
internal static class ReportFileWriter
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>; false (with a one-line message on stderr) when it cannot.</summary>
    public static bool Write(CliEnvironment env, string path, string text)
    {
        try
        {
            File.WriteAllText(env.FullPath(path), text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            env.Error.WriteLine($"dockerfile-lint: {path}: cannot write report: {e.Message}");
            return false;
        }
    }
}
