namespace Dockerfile.Linter.Syntax;

/// <summary>
/// Maps offsets in a logical (continuation-joined) line back to offsets in the original text.
/// A logical line is made of segments, each a contiguous run of the original text.
/// </summary>
/// <remarks>
/// Nearly every instruction is one physical line, so a one-segment map keeps only its start offset: no arrays. This
/// keeps the tree of a file of millions of short instructions small.
/// </remarks>
public sealed class SourceMap
{
    private readonly int[]? _logicalStarts;
    private readonly int[]? _sourceStarts;
    private readonly int _sourceStart;

    /// <summary>Creates a map from parallel arrays of segment starts (logical offset, original offset), sorted by logical offset.</summary>
    public SourceMap(int[] logicalStarts, int[] sourceStarts)
    {
        if (logicalStarts is null || sourceStarts is null || logicalStarts.Length != sourceStarts.Length || logicalStarts.Length == 0)
            throw new ArgumentException("Segment arrays must be non-empty and of equal length.");
        if (logicalStarts.Length == 1 && logicalStarts[0] == 0)
        {
            _sourceStart = sourceStarts[0];
            return;
        }
        _logicalStarts = logicalStarts;
        _sourceStarts = sourceStarts;
    }

    private SourceMap(int sourceStart) => _sourceStart = sourceStart;

    /// <summary>The original offset of a one-segment map, or null when the map has several segments.</summary>
    internal int? ContiguousStart => _logicalStarts is null ? _sourceStart : null;

    /// <summary>A map for text that is one contiguous run of the original starting at <paramref name="sourceStart"/>.</summary>
    public static SourceMap Contiguous(int sourceStart) => new(sourceStart);

    /// <summary>Original offset of the character at <paramref name="logicalOffset"/>.</summary>
    public int ToSource(int logicalOffset)
    {
        if (_logicalStarts is null) return _sourceStart + logicalOffset;
        int i = Array.BinarySearch(_logicalStarts, logicalOffset);
        if (i < 0) i = ~i - 1;
        if (i < 0) i = 0;
        return _sourceStarts![i] + (logicalOffset - _logicalStarts[i]);
    }

    /// <summary>
    /// <see cref="ToSource(int)"/> for callers that walk the text mostly forwards: <paramref name="segment"/> is the
    /// segment the previous call ended in (start with 0), checked first so that most calls need no search.
    /// </summary>
    internal int ToSource(int logicalOffset, ref int segment)
    {
        if (_logicalStarts is null) return _sourceStart + logicalOffset;
        int i = segment;
        if ((uint)i >= (uint)_logicalStarts.Length || logicalOffset < _logicalStarts[i]
            || (i + 1 < _logicalStarts.Length && logicalOffset >= _logicalStarts[i + 1]))
        {
            if (i + 1 < _logicalStarts.Length && logicalOffset >= _logicalStarts[i + 1]
                && (i + 2 >= _logicalStarts.Length || logicalOffset < _logicalStarts[i + 2]))
            {
                i++;
            }
            else
            {
                i = Array.BinarySearch(_logicalStarts, logicalOffset);
                if (i < 0) i = ~i - 1;
                if (i < 0) i = 0;
            }
            segment = i;
        }
        return _sourceStarts![i] + (logicalOffset - _logicalStarts[i]);
    }

    /// <summary>Original span covering the logical range [<paramref name="logicalStart"/>, <paramref name="logicalStart"/> + <paramref name="length"/>).</summary>
    public TextSpan ToSource(int logicalStart, int length)
    {
        // An empty range sits right after the character before it: at a join, the start of the next piece would lie
        // beyond the continuation and comment lines the join skipped, outside every enclosing node.
        if (length <= 0) return new TextSpan(logicalStart > 0 ? ToSource(logicalStart - 1) + 1 : ToSource(0), 0);
        int start = ToSource(logicalStart);
        int end = ToSource(logicalStart + length - 1) + 1;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>A map for the logical text starting at <paramref name="logicalStart"/> (offset 0 of the new map).</summary>
    public SourceMap Slice(int logicalStart)
    {
        if (logicalStart <= 0) return this;
        if (_logicalStarts is null) return new SourceMap(_sourceStart + logicalStart);
        int i = Array.BinarySearch(_logicalStarts, logicalStart);
        if (i < 0) i = ~i - 1;
        if (i < 0) i = 0;
        int count = _logicalStarts.Length - i;
        if (count == 1) return new SourceMap(ToSource(logicalStart));
        var logical = new int[count];
        var source = new int[count];
        logical[0] = 0;
        source[0] = ToSource(logicalStart);
        for (int k = 1; k < count; k++)
        {
            logical[k] = _logicalStarts[i + k] - logicalStart;
            source[k] = _sourceStarts![i + k];
        }
        return new SourceMap(logical, source);
    }
}
