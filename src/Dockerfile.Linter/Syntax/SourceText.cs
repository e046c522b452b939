namespace Dockerfile.Linter.Syntax;

/// <summary>The full text of a Dockerfile with an index of line starts for offset-to-position conversion.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Creates a source text and indexes its lines (lines end at <c>\n</c>).</summary>
    public SourceText(string text, string? path = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Path = path;
        // counted first so the index is one exact array (no doubling list and copy on a file of millions of lines)
        var starts = new int[text.AsSpan().Count('\n') + 1];
        int line = 1;
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            starts[line++] = i + 1;
        _lineStarts = starts;
    }

    /// <summary>The whole text, exactly as read.</summary>
    public string Text { get; }

    /// <summary>The file path the text came from, when known.</summary>
    public string? Path { get; }

    /// <summary>The offsets where lines start, ascending; shared with the parser's scanner (never written).</summary>
    internal int[] LineStarts => _lineStarts;

    /// <summary>Number of lines (a final line without a newline counts; an empty trailing line after the last newline counts too).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Length of the text.</summary>
    public int Length => Text.Length;

    /// <summary>The text covered by <paramref name="span"/>.</summary>
    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>
    /// Converts an offset to a 1-based line and column. A byte-order mark at the start of the text is not a column:
    /// <c>FROM</c> after it starts at 1:1, as editors show it.
    /// </summary>
    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        int column = offset - _lineStarts[line] + 1;
        if (line == 0 && offset > 0 && Text[0] == '\uFEFF') column--;
        return new LinePosition(line + 1, column);
    }

    /// <summary>Converts a span to 1-based start and end positions.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Clamp(line - 1, 0, _lineStarts.Length - 1)];

    /// <summary>The text of a 1-based line without its line terminator (<c>\n</c> or <c>\r\n</c>).</summary>
    public string GetLineText(int line)
    {
        int start = GetLineStart(line);
        int end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text.Substring(start, end - start);
    }
}
