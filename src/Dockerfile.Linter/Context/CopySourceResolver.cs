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
        var uncertain = false;
        List<string> matches = [];
        if (path == ".") matches.Add(".");
        else if (!hasWildcards)
        {
            // An escaped wildcard (a\*b) names the file "a*b"; accept either spelling rather than guess wrong.
            if (TryStat(fs, path, ref uncertain) is not null) matches.Add(path);
            else if (path.Contains('\\') && TryStat(fs, Unescape(path), ref uncertain) is not null) matches.Add(Unescape(path));
        }
        else matches = ResolveGlob(fs, path, ref uncertain);

        return new SourceResolution
        {
            Source = source,
            Path = path,
            HasWildcards = hasWildcards,
            Matches = [.. matches],
            ExcludedMatches = [.. matches.Where(m => !IsSent(fs, matcher, m))],
            IsExcluded = matcher.IsExcluded(path),
            IsUncertain = uncertain,
        };
    }

    // An excluded directory is still sent when a '!' line re-includes something below it; when the probe cannot
    // tell (too many entries, unreadable parts), the directory counts as sent.
    private static bool IsSent(IContextFileSystem fs, DockerIgnoreMatcher matcher, string match)
    {
        if (!matcher.IsExcluded(match)) return true;
        if (!matcher.HasExclusions) return false;
        var uncertain = false;
        if (TryStat(fs, match, ref uncertain) is not { Kind: ContextEntryKind.Directory }) return uncertain;
        var pending = new Queue<string>([match]);
        var probed = 0;
        while (pending.Count > 0)
        {
            var directory = pending.Dequeue();
            foreach (var entry in TryList(fs, directory, ref uncertain))
            {
                if (++probed > MaxEntriesProbed) return true;
                var path = Join(directory, entry.Name);
                if (!matcher.IsExcluded(path)) return true;
                if (entry.Kind == ContextEntryKind.Directory) pending.Enqueue(path);
            }
        }
        return uncertain;
    }

    private static List<string> ResolveGlob(IContextFileSystem fs, string path, ref bool uncertain)
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
                    if (TryStat(fs, candidate, ref uncertain) is not null) next.Add(candidate);
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
                    foreach (var entry in TryList(fs, directory, ref uncertain))
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

    private static ContextEntry? TryStat(IContextFileSystem fs, string path, ref bool uncertain)
    {
        try
        {
            return fs.Stat(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            uncertain = true;
            return null;
        }
    }

    private static IReadOnlyList<ContextEntry> TryList(IContextFileSystem fs, string directory, ref bool uncertain)
    {
        try
        {
            return fs.List(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Listing "through" a file (a glob continuing below a non-directory) is not a problem: it just matches nothing.
            if (ex is not DirectoryNotFoundException) uncertain = true;
            return [];
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
