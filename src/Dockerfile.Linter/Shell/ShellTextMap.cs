using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>
/// Places the offsets of a shell text in the file: the parser asks for every character of every word, in text
/// order, so the map remembers the segment of its last answer instead of searching each time (a RUN continued over
/// many lines has a segment per line).
/// </summary>
internal sealed class ShellTextMap
{
    private readonly SourceMap? _map;
    private readonly Func<int, int>? _function;
    private int _segment;

    private ShellTextMap(SourceMap? map, Func<int, int>? function)
    {
        _map = map;
        _function = function;
    }

    /// <summary>A map through the segments of <paramref name="map"/>.</summary>
    public static ShellTextMap Of(SourceMap map) => new(map, null);

    /// <summary>A map through <paramref name="toFile"/> (texts decoded from a word: <c>sh -c '…'</c>, backticks).</summary>
    public static ShellTextMap Of(Func<int, int> toFile) => new(null, toFile);

    /// <summary>
    /// True when the characters <c>[start, start + length)</c> (length ≥ 1) lie one after another in the file, from
    /// <paramref name="first"/>; false when they may not (the caller then maps them one by one).
    /// </summary>
    public bool TryContiguous(int start, int length, out int first)
    {
        if (_map is null)
        {
            first = 0;
            return false;
        }
        int segment = _segment;
        first = _map.ToSource(start, ref segment);
        int firstSegment = segment;
        _map.ToSource(start + length - 1, ref segment);
        _segment = segment;
        return segment == firstSegment;
    }

    /// <summary>The file offset of the character at <paramref name="offset"/> of the text.</summary>
    public int ToFile(int offset)
    {
        if (_map is null) return _function!(offset);
        // A local copy keeps the remembered segment consistent if two threads read spans of one word at once.
        int segment = _segment;
        int result = _map.ToSource(offset, ref segment);
        _segment = segment;
        return result;
    }
}
