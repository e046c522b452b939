using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dockerfile.Linter.Reporting;

/// <summary>Builds JSON text with <see cref="Utf8JsonWriter"/> (no reflection, trimming-safe).</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions Compact = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
            write(writer);
        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }
}
