using System.Text;

namespace Dockerfile.Linter.Cli.Input;

/// <summary>Turns file bytes into text: UTF-8 (BOM kept as U+FEFF), UTF-16 with a BOM; rejects binary content.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16 = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private const int BinaryProbeLength = 8192;

    /// <summary>The text, or null with <paramref name="problem"/> set when the bytes are not text.</summary>
    /// <param name="bytes">The raw content.</param>
    /// <param name="warning">Set when the text was decoded but with replacements.</param>
    /// <param name="problem">Set when the content is not text at all.</param>
    public static string? Decode(byte[] bytes, out string? warning, out string? problem) => Decode(bytes, out warning, out problem, out _);

    /// <summary>As <see cref="Decode(byte[], out string?, out string?)"/>, also telling how the text was decoded.</summary>
    public static string? Decode(byte[] bytes, out string? warning, out string? problem, out SourceEncoding encoding)
    {
        warning = null;
        problem = null;
        encoding = SourceEncoding.Utf8;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            bool little = bytes[0] == 0xFF;
            encoding = little ? SourceEncoding.Utf16LittleEndian : SourceEncoding.Utf16BigEndian;
            try
            {
                return (little ? StrictUtf16 : StrictUtf16BigEndian).GetString(bytes, 2, bytes.Length - 2);
            }
            catch (DecoderFallbackException)
            {
                encoding = SourceEncoding.Lossy;
                return (little ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
            }
        }
        if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, BinaryProbeLength)) >= 0)
        {
            problem = "not a text file (it contains NUL bytes); skipped";
            return null;
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            warning = "is not valid UTF-8; invalid bytes were replaced with U+FFFD";
            encoding = SourceEncoding.Lossy;
            return Encoding.UTF8.GetString(bytes);
        }
    }
}
