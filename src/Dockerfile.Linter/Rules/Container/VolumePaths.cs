using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>The VOLUME paths of a stage lineage, resolved statically, and path containment tests.</summary>
internal static class VolumePaths
{
    /// <summary>The stage and the stages it is built on (<c>FROM &lt;stage&gt;</c>), base first.</summary>
    public static List<StageInfo> Lineage(StageInfo stage)
    {
        var chain = new List<StageInfo>();
        for (StageInfo? s = stage; s is not null && !chain.Contains(s); s = s.BaseStage) chain.Insert(0, s);
        return chain;
    }

    /// <summary>Each resolved path of <paramref name="volume"/> with the word it came from (unknown values skipped).</summary>
    public static IEnumerable<(string Path, Word Word)> Of(VolumeInstruction volume, RuleContext context)
    {
        foreach (var word in volume.Paths)
            if (context.Semantics.Expand(word, volume) is { Length: > 0 } path)
                yield return (Normalize(path), word);
    }

    /// <summary>Removes a trailing slash (except for <c>/</c>) and collapses <c>//</c>.</summary>
    public static string Normalize(string path)
    {
        while (path.Contains("//", StringComparison.Ordinal)) path = path.Replace("//", "/", StringComparison.Ordinal);
        return path.Length > 1 ? path.TrimEnd('/') : path;
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
