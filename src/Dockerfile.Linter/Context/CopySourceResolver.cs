namespace Dockerfile.Linter.Context;

/// <summary>
/// Finds what a COPY/ADD source names in the context. Globs are matched one path element at a time with
/// <c>filepath.Match</c> rules, as BuildKit's copy does: <c>*</c> never crosses '/', a match may be a directory,
/// and dot-files are not special. (FileSystemGlobbing cannot do this: it only ever returns files and has no
/// <c>?</c> or <c>[...]</c>.)
/// </summary>
internal static class CopySourceResolver
{
    /// <summary>How many entries below an excluded directory are examined for re-included files.</summary>
    private const int MaxEntriesProbed = 10_000;

    public static SourceResolution Resolve(IContextFileSystem fs, DockerIgnoreMatcher matcher, string source)
    {
        var path = GoPath.ToContextRelative(source);
        var hasWildcards = GoGlob.ContainsWildcards(path);
        var probe = new Probe();
        List<string> matches = [];
        if (path == ".") matches.Add(".");
        else if (!hasWildcards)
        {
            // An escaped wildcard (a\*b) names the file "a*b"; accept either spelling rather than guess wrong.
            if (TryStat(fs, path, probe) is not null) matches.Add(path);
            else if (path.Contains('\\') && TryStat(fs, Unescape(path), probe) is not null) matches.Add(Unescape(path));
        }
        else matches = ResolveGlob(fs, path, probe);

        return new SourceResolution
        {
            Source = source,
            Path = path,
            HasWildcards = hasWildcards,
            Matches = [.. matches],
            ExcludedMatches = [.. matches.Where(m => !IsSent(fs, matcher, m))],
            IsExcluded = matcher.IsExcluded(path),
            IsUncertain = probe.Uncertain,
            UnreadableReason = probe.Unreadable,
        };
    }

    // An excluded directory is still sent when a '!' line re-includes something below it; when the probe cannot
    // tell (too many entries, unreadable parts), the directory counts as sent.
    private static bool IsSent(IContextFileSystem fs, DockerIgnoreMatcher matcher, string match)
    {
        if (!matcher.IsExcluded(match)) return true;
        if (!matcher.HasExclusions) return false;
        var probe = new Probe();
        if (TryStat(fs, match, probe) is not { Kind: ContextEntryKind.Directory }) return probe.Uncertain;
        var pending = new Queue<string>([match]);
        var probed = 0;
        while (pending.Count > 0)
        {
            var directory = pending.Dequeue();
            foreach (var entry in TryList(fs, directory, probe))
            {
                if (++probed > MaxEntriesProbed) return true;
                var path = Join(directory, entry.Name);
                if (!matcher.IsExcluded(path)) return true;
                if (entry.Kind == ContextEntryKind.Directory) pending.Enqueue(path);
            }
        }
        return probe.Uncertain;
    }

    private static List<string> ResolveGlob(IContextFileSystem fs, string path, Probe probe)
    {
        List<string> current = ["."];
        var segments = path.Split('/');
        for (var s = 0; s < segments.Length && current.Count > 0; s++)
        {
            var segment = segments[s];
            var next = new List<string>();
            if (!GoGlob.ContainsWildcards(segment))
            {
                var literal = Unescape(segment);
                foreach (var directory in current)
                {
                    var candidate = Join(directory, literal);
                    if (TryStat(fs, candidate, probe) is not null) next.Add(candidate);
                }
            }
            else
            {
                // A malformed glob matches nothing (BuildKit fails the COPY with a syntax error).
                var matcher = GoGlob.ToSegmentMatcher(segment);
                if (matcher is null) return [];
                var isLast = s == segments.Length - 1;
                foreach (var directory in current)
                {
                    foreach (var entry in TryList(fs, directory, probe))
                    {
                        if (!isLast && entry.Kind == ContextEntryKind.File) continue;
                        if (matcher.IsMatch(entry.Name)) next.Add(Join(directory, entry.Name));
                    }
                }
            }
            current = next;
        }
        current.Sort(StringComparer.Ordinal);
        return current;
    }

    private static ContextEntry? TryStat(IContextFileSystem fs, string path, Probe probe)
    {
        try
        {
            return fs.Stat(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            probe.Failed(path, ex);
            return null;
        }
    }

    private static IReadOnlyList<ContextEntry> TryList(IContextFileSystem fs, string directory, Probe probe)
    {
        try
        {
            return fs.List(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Listing "through" a file (a glob continuing below a non-directory) is not a problem: it just matches nothing.
            if (ex is not DirectoryNotFoundException) probe.Failed(directory, ex);
            return [];
        }
    }

    /// <summary>What went wrong while looking: anything makes the answer uncertain; a permission error is kept as the reason to show.</summary>
    private sealed class Probe
    {
        public bool Uncertain;
        public string? Unreadable;

        public void Failed(string path, Exception ex)
        {
            Uncertain = true;
            if (ex is UnauthorizedAccessException) Unreadable ??= ex.Message.Contains(path, StringComparison.Ordinal) ? ex.Message : $"'{path}': {ex.Message}";
        }
    }

    private static string Join(string directory, string name) => directory == "." ? name : directory + "/" + name;

    private static string Unescape(string segment)
    {
        if (!segment.Contains('\\')) return segment;
        var chars = new System.Text.StringBuilder(segment.Length);
        for (var i = 0; i < segment.Length; i++)
        {
            if (segment[i] == '\\' && i + 1 < segment.Length) i++;
            chars.Append(segment[i]);
        }
        return chars.ToString();
    }
}
