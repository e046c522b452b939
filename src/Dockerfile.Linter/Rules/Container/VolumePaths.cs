using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>The VOLUME paths of a stage lineage, resolved statically, and path containment tests.</summary>
internal static class VolumePaths
{
    /// <summary>The stage and the stages it is built on (<c>FROM &lt;stage&gt;</c>), base first.</summary>
    public static List<StageInfo> Lineage(StageInfo stage)
    {
        // A base stage always comes earlier in the file (BuildKit resolves FROM names among earlier stages), so the
        // walk ends; the index test guards the invariant without a quadratic Contains.
        var chain = new List<StageInfo>();
        for (StageInfo? s = stage; s is not null && (chain.Count == 0 || s.Index < chain[^1].Index); s = s.BaseStage) chain.Add(s);
        chain.Reverse();
        return chain;
    }

    /// <summary>Each resolved path of <paramref name="volume"/> with the word it came from (unknown values skipped).</summary>
    public static IEnumerable<(string Path, Word Word)> Of(VolumeInstruction volume, RuleContext context)
    {
        foreach (var word in volume.Paths)
            if (context.Semantics.Expand(word, volume) is { Length: > 0 } path)
                yield return (Normalize(path), word);
    }

    /// <summary>Collapses <c>//</c>, <c>.</c> and <c>..</c> segments and drops a trailing slash (except for <c>/</c>).</summary>
    public static string Normalize(string path)
    {
        return IsNormal(path) ? path : NormalizeBySegments(path);   // most paths: no segment to drop, nothing to allocate
    }

    /// <summary>The segment walk <see cref="Normalize"/> does for a path that is not already normal.</summary>
    internal static string NormalizeBySegments(string path)
    {
        bool absolute = path.StartsWith('/');
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else if (part != ".." || !absolute) parts.Add(part);
        }
        string joined = string.Join('/', parts);
        return absolute ? "/" + joined : joined.Length == 0 ? "." : joined;
    }

    /// <summary>
    /// <paramref name="relative"/> taken from <paramref name="directory"/>, normalized: what
    /// <c>Normalize(directory + "/" + relative)</c> gives, without the doubled slash that keeps a path off the fast path.
    /// </summary>
    public static string Combine(string directory, string relative) =>
        Normalize(directory.EndsWith('/') && relative.Length > 0 ? directory + relative : directory + "/" + relative);

    /// <summary>True when <see cref="Normalize"/> gives <paramref name="path"/> back: no empty, <c>.</c> or <c>..</c> segment.</summary>
    internal static bool IsNormal(string path)
    {
        if (path.Length == 0) return false;
        if (path == "/") return true;
        int segmentStart = path[0] == '/' ? 1 : 0;
        for (int i = segmentStart; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] != '/') continue;
            int length = i - segmentStart;
            if (length == 0 || (path[segmentStart] == '.' && (length == 1 || (length == 2 && path[segmentStart + 1] == '.'))))
                return false;
            segmentStart = i + 1;
        }
        return true;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="directory"/> or lies below it.</summary>
    public static bool IsUnder(string path, string directory)
    {
        path = Normalize(path);
        directory = Normalize(directory);
        if (directory == "/") return path.StartsWith('/');
        return path == directory || path.StartsWith(directory + "/", StringComparison.Ordinal);
    }
}
