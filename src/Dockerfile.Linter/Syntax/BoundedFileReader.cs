namespace Dockerfile.Linter.Syntax;

/// <summary>Reads at most a fixed number of bytes, so an endless stream (<c>/dev/zero</c>) or a huge file cannot exhaust memory.</summary>
internal static class BoundedFileReader
{
    /// <summary>
    /// The whole content, or null when it is longer than <paramref name="maxBytes"/> (at most <paramref name="maxBytes"/>
    /// + 1 bytes are read). A seekable stream's length only sizes the buffer; the read itself decides.
    /// </summary>
    public static byte[]? ReadAtMost(Stream stream, int maxBytes)
    {
        long hint = 0;
        try
        {
            if (stream.CanSeek) hint = stream.Length - stream.Position;
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            hint = 0;
        }
        var buffer = new byte[(int)Math.Clamp(hint, 4096, maxBytes)];
        int count = 0;
        var probe = new byte[1];
        while (true)
        {
            if (count == buffer.Length)
            {
                if (stream.Read(probe, 0, 1) == 0) return buffer;
                if (count >= maxBytes) return null;
                Array.Resize(ref buffer, (int)Math.Min(maxBytes, Math.Max(4096L, buffer.Length * 2L)));
                buffer[count++] = probe[0];
                continue;
            }
            int read = stream.Read(buffer, count, buffer.Length - count);
            if (read == 0)
            {
                Array.Resize(ref buffer, count);
                return buffer;
            }
            count += read;
        }
    }

    /// <summary>A file's text (encoding from its byte-order mark, UTF-8 otherwise), or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static string? ReadText(string path, int maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        if (ReadAtMost(stream, maxBytes) is not { } bytes) return null;
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
