using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// BuildKit's exact condition for its CopyIgnoredFile check (<c>validateCopySourcePath</c>): never when
/// .dockerignore has a <c>!</c> line; the source is cleaned (a leading '/' is kept, so it never matches); <c>.</c> and
/// <c>/</c> only when some line is exactly <c>*</c>, <c>**</c> or <c>**/*</c>.
/// </summary>
internal static class CopyIgnoredFileCondition
{
    public static bool Applies(DockerIgnoreMatcher matcher, string source, out string cleaned)
    {
        cleaned = GoPath.Clean(source);
        if (matcher.HasExclusions) return false;
        return cleaned is "." or "/"
            ? matcher.Patterns.Any(p => p.Pattern is "*" or "**" or "**/*")
            : matcher.MatchesOrParentMatches(cleaned);
    }
}
