using System.Collections.Concurrent;

namespace Dockerfile.Linter.Context;

/// <summary>
/// What the physical views of one run learnt about folders on disk: each folder's listing (entries with their type
/// and size) and the folders found readable. Contexts that share folders (the Dockerfiles of one folder, each with
/// its own <c>.dockerignore</c>, and the folders inference compares) then list and examine each folder once per run.
/// Answers are as of the first look: make a new cache when files may have changed.
/// </summary>
internal sealed class ContextDirectoryCache
{
    private readonly ConcurrentDictionary<string, Listing> _listings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _readable = new(StringComparer.Ordinal);

    /// <summary>The listing of <paramref name="directory"/> (a full path), made by <paramref name="list"/> the first time; failures are not kept.</summary>
    public IReadOnlyList<ContextEntry> List(string directory, Func<string, IReadOnlyList<ContextEntry>> list)
    {
        if (_listings.TryGetValue(directory, out var known)) return known.Entries;
        var listing = new Listing(list(directory));
        return _listings.GetOrAdd(directory, listing).Entries;
    }

    /// <summary>
    /// The entry named <paramref name="name"/> of <paramref name="directory"/> when that folder has been listed:
    /// <paramref name="listed"/> is then true and a null entry means nothing of that name is there.
    /// </summary>
    public ContextEntry? Find(string directory, string name, out bool listed)
    {
        listed = _listings.TryGetValue(directory, out var listing);
        return listed && listing!.ByName.TryGetValue(name, out var entry) ? entry : null;
    }

    /// <summary>True when <paramref name="directory"/> was found readable (or was listed).</summary>
    public bool IsKnownReadable(string directory) => _readable.ContainsKey(directory) || _listings.ContainsKey(directory);

    /// <summary>Remembers that <paramref name="directory"/> can be read.</summary>
    public void MarkReadable(string directory) => _readable.TryAdd(directory, true);

    private sealed class Listing(IReadOnlyList<ContextEntry> entries)
    {
        public IReadOnlyList<ContextEntry> Entries { get; } = entries;

        // Names are unique within a folder; a name .NET could not decode may repeat, and the first one is kept.
        public Dictionary<string, ContextEntry> ByName { get; } = entries
            .DistinctBy(e => e.Name, StringComparer.Ordinal).ToDictionary(e => e.Name, StringComparer.Ordinal);
    }
}
