using Dockerfile.Linter.Parsing.Grammar;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Parsing;

/// <summary>
/// Builds <see cref="ImageReference"/> nodes with <see cref="ImageReferenceGrammar"/>: for FROM's image while parsing,
/// and for values known only at lint time (an expanded <c>FROM $BASE</c>, <c>COPY --from=…</c>) through
/// <see cref="DockerfileParser.ParseImageReference"/>.
/// </summary>
internal static class ImageReferenceReader
{
    /// <summary>
    /// Reads <paramref name="text"/>; <paramref name="toSpan"/> turns a range of the text into a source span
    /// (parts of a reference read from an expanded value all get the value's span). With a <paramref name="pool"/>,
    /// the parts' texts are shared with the rest of the parse.
    /// </summary>
    public static ImageReference Read(string text, TextSpan span, Func<int, int, TextSpan> toSpan, StringPool? pool = null)
    {
        var parts = ImageReferenceGrammar.Read(text);
        string? Share(string? part) => part is null || pool is null ? part : pool.Share(part);
        var failure = ImageReferenceGrammar.Check(text, parts);
        TextSpan? SpanOf(Located<string>? part) => part is { } p ? toSpan(p.Start, p.End) : null;
        return new ImageReference
        {
            Span = span, Text = text,
            Registry = Share(parts.Domain?.Value), RegistrySpan = SpanOf(parts.Domain),
            Repository = Share(parts.Path.Value)!, RepositorySpan = toSpan(parts.Path.Start, parts.Path.End),
            Tag = Share(parts.Tag?.Value), TagSpan = SpanOf(parts.Tag),
            Digest = Share(parts.Digest?.Value), DigestSpan = SpanOf(parts.Digest),
            HasVariable = text.Contains('$'),
            Problem = failure is { } f ? $"expected {f.Expected} at offset {f.Offset}" : null,
        };
    }

    /// <summary>Reads a value whose text is not (or not exactly) in the source: every part gets <paramref name="span"/>.</summary>
    public static ImageReference Read(string text, TextSpan span) =>
        Read(text, span, text.Length == span.Length
            ? (start, end) => new TextSpan(span.Start + start, end - start)
            : (_, _) => span);
}
