namespace Dockerfile.Linter.Context;

/// <summary>
/// Go's <c>path/filepath</c> <c>Clean</c> and <c>Dir</c> for '/'-separated paths: BuildKit cleans .dockerignore
/// patterns and COPY sources with them, and matching depends on the exact result.
/// </summary>
internal static class GoPath
{
    /// <summary>Lexically shortest equivalent path: '//' collapsed, '.' removed, 'x/..' removed, root '..' dropped.</summary>
    public static string Clean(string path)
    {
        if (path.Length == 0) return ".";
        var rooted = path[0] == '/';
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
                else if (!rooted) parts.Add("..");
                continue;
            }
            parts.Add(segment);
        }

        var joined = string.Join('/', parts);
        if (rooted) return "/" + joined;
        return joined.Length == 0 ? "." : joined;
    }

    /// <summary>All but the last element, cleaned (<c>a/b</c> → <c>a</c>, <c>b</c> → <c>.</c>).</summary>
    public static string Dir(string path)
    {
        var slash = path.LastIndexOf('/');
        return Clean(path[..(slash + 1)]);
    }

    /// <summary>
    /// A context-relative path: cleaned as if rooted at the context (so <c>../x</c> stays inside, as BuildKit scopes
    /// sources to the context) and without the leading '/'. The context root itself is <c>"."</c>.
    /// </summary>
    public static string ToContextRelative(string path)
    {
        var cleaned = Clean("/" + path);
        return cleaned == "/" ? "." : cleaned[1..];
    }
}
