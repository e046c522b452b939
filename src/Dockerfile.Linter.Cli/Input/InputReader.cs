using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Cli.Input;

/// <summary>Reads an input's text, turning every failure into a one-line message.</summary>
internal static class InputReader
{
    /// <summary>The text, or null with <paramref name="error"/> set; <paramref name="warning"/> for recoverable issues.</summary>
    public static string? Read(InputFile input, CliEnvironment env, out string? warning, out string? error)
    {
        warning = null;
        error = null;
        byte[] bytes;
        try
        {
            if (input.IsStandardInput)
            {
                using var stdin = env.OpenStandardInput();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else
            {
                if (Directory.Exists(input.FullPath)) { error = $"{input.DisplayPath}: is a directory"; return null; }
                // A FIFO would block until someone writes to it, a device may never end: only regular files are read.
                if (FileTypeProbe.Probe(input.FullPath!) is var type && FileTypeProbe.IsSpecial(type))
                {
                    error = $"{input.DisplayPath}: not a regular file (it is {FileTypeProbe.Describe(type)}); to lint a stream, pipe it to '-'";
                    return null;
                }
                bytes = File.ReadAllBytes(input.FullPath!);
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error = $"{input.DisplayPath}: no such file or directory";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            error = $"{input.DisplayPath}: cannot read: {e.Message}";
            return null;
        }
        string? text = TextDecoder.Decode(bytes, out var decodeWarning, out var problem);
        if (problem is not null) error = $"{input.DisplayPath}: {problem}";
        if (decodeWarning is not null) warning = $"{input.DisplayPath}: {decodeWarning}";
        return text;
    }
}
