using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dockerfile.Linter.Reporting;

/// <summary>Builds JSON text with <see cref="Utf8JsonWriter"/> (no reflection, trimming-safe).</summary>
internal static class JsonText
{
    // "\n" on every platform: the text is decoded once, with no line-ending pass over a report that may be megabytes.
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions Compact = new()
    {
        Indented = false,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write, bool indented = true)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
            write(writer);
        var bytes = buffer.WrittenSpan;
        return string.Create(Encoding.UTF8.GetCharCount(bytes) + 1, buffer, static (chars, written) =>
        {
            Encoding.UTF8.GetChars(written.WrittenSpan, chars);
            chars[^1] = '\n';
        });
    }
}
