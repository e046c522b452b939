using System.Collections.Immutable;

namespace Dockerfile.Linter.Context;

/// <summary>
/// Decides which context paths a <c>.dockerignore</c> excludes, with the semantics of moby's <c>patternmatcher</c>:
/// patterns apply top to bottom and the last one that matches a path (or one of its parent directories) decides.
/// </summary>
public sealed class DockerIgnoreMatcher
{
    /// <summary>A matcher that excludes nothing.</summary>
    public static DockerIgnoreMatcher Empty { get; } = new(ImmutableArray<DockerIgnorePattern>.Empty);

    /// <summary>Creates a matcher over patterns in file order.</summary>
    public DockerIgnoreMatcher(ImmutableArray<DockerIgnorePattern> patterns)
    {
        Patterns = patterns;
        foreach (var p in patterns)
            if (p.IsException) HasExclusions = true;
    }

    /// <summary>The patterns in file order.</summary>
    public ImmutableArray<DockerIgnorePattern> Patterns { get; }

    /// <summary>
    /// True when any pattern is a <c>!</c> re-inclusion (moby calls these "exclusions"). BuildKit's CopyIgnoredFile
    /// check stays silent then, because a directory can be excluded while files below it are re-included.
    /// </summary>
    public bool HasExclusions { get; }

    /// <summary>
    /// Whether a context-relative path (any '/'-separated spelling: <c>./a</c>, <c>/a</c>, <c>a/</c>) is excluded from
    /// what the client sends. The context root itself is never excluded.
    /// </summary>
    public bool IsExcluded(string relativePath)
    {
        var path = GoPath.ToContextRelative(relativePath);
        return path != "." && MatchesOrParentMatches(path);
    }

    /// <summary>
    /// moby's <c>MatchesOrParentMatches</c> on an already-clean path: true when the last pattern that matches the path,
    /// or any of its parent directories, is an exclusion pattern (not a <c>!</c> one).
    /// </summary>
    public bool MatchesOrParentMatches(string path)
    {
        var parent = GoPath.Dir(path);
        var parents = parent == "." ? [] : ParentPrefixes(parent);
        var matched = false;
        foreach (var pattern in Patterns)
        {
            // Only a pattern that could flip the current state needs evaluating.
            if (pattern.IsException != matched) continue;
            var match = pattern.Compiled.Matches(path);
            for (var i = 0; !match && i < parents.Length; i++)
                match = pattern.Compiled.Matches(parents[i]);
            if (match) matched = !pattern.IsException;
        }
        return matched;
    }

    private static string[] ParentPrefixes(string parent)
    {
        var segments = parent.Split('/');
        var prefixes = new string[segments.Length];
        var length = -1;
        for (var i = 0; i < segments.Length; i++)
        {
            length += segments[i].Length + 1;
            prefixes[i] = parent[..length];
        }
        return prefixes;
    }
}
