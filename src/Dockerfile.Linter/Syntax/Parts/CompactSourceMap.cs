namespace Dockerfile.Linter.Syntax;

/// <summary>
/// A <see cref="SourceMap"/> as a node stores it: a one-segment map is kept as its start offset and the map object is
/// made when asked for (a file of millions of tiny instructions would otherwise hold a map object per node).
/// </summary>
internal readonly struct CompactSourceMap
{
    private readonly SourceMap? _map;
    private readonly int _start;

    /// <summary>Keeps <paramref name="map"/>, as its start offset when it is one contiguous segment.</summary>
    public CompactSourceMap(SourceMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map.ContiguousStart is { } start) _start = start;
        else _map = map;
    }

    /// <summary>The map.</summary>
    public SourceMap Value => _map ?? SourceMap.Contiguous(_start);
}
