namespace Dockerfile.Linter.Rules;

/// <summary>Classifies ADD sources the way BuildKit does: git repositories and plain HTTP(S) downloads.</summary>
internal static class RemoteSource
{
    /// <summary>True for <c>git@host:…</c>, <c>git://</c>, <c>ssh://</c> and http(s) URLs whose path ends in <c>.git</c>.</summary>
    public static bool IsGitUrl(string source)
    {
        if (source.StartsWith("git@", StringComparison.Ordinal) || source.StartsWith("git://", StringComparison.OrdinalIgnoreCase)
            || source.StartsWith("ssh://", StringComparison.OrdinalIgnoreCase))
            return true;
        if (!IsHttpUrl(source)) return false;
        string withoutFragment = source.Split('#')[0].TrimEnd('/');
        return withoutFragment.EndsWith(".git", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for an http:// or https:// URL.</summary>
    public static bool IsHttpUrl(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
