using System.Text;
using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// BuildKit's exact condition for its CopyIgnoredFile check (<c>validateCopySourcePath</c>): the source is cleaned (a
/// leading '/' is kept, so it never matches); <c>.</c> and <c>/</c> only when some exclusion line is exactly <c>*</c>,
/// <c>**</c> or <c>**/*</c>; never when a <c>!</c> line could re-include something at or below the source (its
/// literal path prefix, up to the first element with a wildcard, lies at or below the source, or a wildcard line's
/// prefix lies above it), since a file below an excluded directory may be re-included. A wildcard source
/// (<c>sub/*.txt</c>) counts as its literal prefix (<c>sub</c>) there.
/// </summary>
internal static class CopyIgnoredFileCondition
{
    public static bool Applies(DockerIgnoreMatcher matcher, string source, out string cleaned)
    {
        cleaned = GoPath.Clean(source);
        if (cleaned is "." or "/" && !matcher.Patterns.Any(p => !p.IsException && p.Pattern is "*" or "**" or "**/*"))
            return false;
        if (CouldBeReincluded(matcher, cleaned)) return false;
        return cleaned is "." or "/" || matcher.MatchesOrParentMatches(cleaned);
    }

    private static bool CouldBeReincluded(DockerIgnoreMatcher matcher, string source)
    {
        string src = source.StartsWith('/') ? source[1..] : source;
        if (src == ".") src = "";
        // A wildcard source (sub/*.txt) stands for paths below its literal prefix.
        var (literal, sourceWildcard) = LiteralPrefix(src);
        if (sourceWildcard) src = literal;
        foreach (var pattern in matcher.Patterns)
        {
            if (!pattern.IsException) continue;
            var (prefix, wildcard) = LiteralPrefix(pattern.Pattern);
            if (IsAtOrBelow(prefix, src)) return true;
            if (wildcard && IsAtOrBelow(src, prefix)) return true;
        }
        return false;
    }

    // The pattern's leading path elements without wildcards, unescaped ('\.' is '.'), and whether a wildcard follows.
    private static (string Prefix, bool Wildcard) LiteralPrefix(string pattern)
    {
        var prefix = new StringBuilder();
        var element = new StringBuilder();
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length) { element.Append(pattern[++i]); continue; }
            if (c is '*' or '?' or '[') return (prefix.ToString(), true);
            if (c == '/')
            {
                if (prefix.Length > 0) prefix.Append('/');
                prefix.Append(element);
                element.Clear();
                continue;
            }
            element.Append(c);
        }
        if (prefix.Length > 0 && element.Length > 0) prefix.Append('/');
        prefix.Append(element);
        return (prefix.ToString(), false);
    }

    // True when path is base or lies inside it; the empty base (the context root) holds everything.
    private static bool IsAtOrBelow(string path, string @base) =>
        @base.Length == 0 || path == @base || path.StartsWith(@base + "/", StringComparison.Ordinal);
}
