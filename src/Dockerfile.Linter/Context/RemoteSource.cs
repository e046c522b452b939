namespace Dockerfile.Linter.Context;

/// <summary>
/// Tells remote sources from paths the way BuildKit does, for COPY/ADD sources, build contexts and named contexts:
/// URLs (anything with <c>://</c>) and git remotes (<c>git@host:…</c>) are not read from a local context.
/// </summary>
internal static class RemoteSource
{
    /// <summary>True for a URL (<c>scheme://…</c>) or a <c>git@host:…</c> remote: a source no local context holds.</summary>
    public static bool IsRemote(string source) =>
        source.Contains("://", StringComparison.Ordinal) || source.StartsWith("git@", StringComparison.Ordinal);

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
