using Dockerfile.Linter.Context;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Cli.Input;

/// <summary>Reads an input's text, turning every failure into a one-line message.</summary>
internal static class InputReader
{
    /// <summary>The largest Dockerfile read, in bytes (64 MiB; README "Limits"). Larger files and endless streams are skipped.</summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    /// <summary>The text, or null with <paramref name="error"/> set; <paramref name="warning"/> for recoverable issues.</summary>
    public static string? Read(InputFile input, CliEnvironment env, out string? warning, out string? error) =>
        Read(input, env, out warning, out error, out _);

    /// <summary>As <see cref="Read(InputFile, CliEnvironment, out string?, out string?)"/>, also telling how the text was decoded.</summary>
    public static string? Read(InputFile input, CliEnvironment env, out string? warning, out string? error, out SourceEncoding encoding)
    {
        encoding = SourceEncoding.Utf8;
        warning = null;
        error = null;
        byte[]? bytes;
        try
        {
            if (input.IsStandardInput)
            {
                using var stdin = env.OpenStandardInput();
                bytes = BoundedFileReader.ReadAtMost(stdin, MaxFileBytes);
            }
            else
            {
                // A FIFO would block until someone writes to it, a device may never end: only regular files are read.
                var type = input.IsKnownRegularFile ? FileType.Regular : FileTypeProbe.Probe(input.FullPath!);
                if (type == FileType.Directory) { error = $"{input.DisplayPath}: is a directory"; return null; }
                if (FileTypeProbe.IsSpecial(type))
                {
                    error = $"{input.DisplayPath}: not a regular file (it is {FileTypeProbe.Describe(type)}); to lint a stream, pipe it to '-'";
                    return null;
                }
                // Read whole in one or two calls: no read-ahead advice to give (FileOptions.None) and no buffer of the stream's own.
                using var file = new FileStream(input.FullPath!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
                bytes = BoundedFileReader.ReadAtMost(file, MaxFileBytes);
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
        if (bytes is null)
        {
            error = $"{input.DisplayPath}: larger than {MaxFileBytes / (1024 * 1024)} MiB (the file-size limit) or an endless stream; skipped";
            return null;
        }
        string? text = TextDecoder.Decode(bytes, out var decodeWarning, out var problem, out encoding);
        if (problem is not null) error = $"{input.DisplayPath}: {problem}";
        if (decodeWarning is not null) warning = $"{input.DisplayPath}: {decodeWarning}";
        return text;
    }
}
