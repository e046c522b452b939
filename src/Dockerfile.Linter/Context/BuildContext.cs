using System.Collections.Immutable;

namespace Dockerfile.Linter.Context;

/// <summary>
/// The directory <c>docker build</c> sends, with the <c>.dockerignore</c> BuildKit would apply to it. Optional input
/// to linting: rules about the context stay silent without one. Nothing here throws on bad input or unreadable
/// files; problems are collected in <see cref="ContextSummary.Problems"/> and <see cref="DockerIgnoreFile.Problems"/>.
/// </summary>
public sealed class BuildContext
{
    private readonly IContextFileSystem _fs;
    private readonly Lazy<ContextSummary> _summary;

    internal BuildContext(IContextFileSystem fs, DockerIgnoreFile? ignoreFile, ContextWalkLimits? limits = null)
    {
        _fs = fs;
        IgnoreFile = ignoreFile;
        Limits = limits ?? ContextWalkLimits.Default;
        _summary = new Lazy<ContextSummary>(() => ContextWalker.Walk(_fs, Matcher, Limits));
    }

    /// <summary>
    /// Opens the context rooted at <paramref name="rootDirectory"/>. The ignore file is
    /// <c>&lt;dockerfilePath&gt;.dockerignore</c> when it exists, otherwise <c>.dockerignore</c> at the root.
    /// </summary>
    /// <param name="rootDirectory">The context directory (the last argument of <c>docker build</c>).</param>
    /// <param name="dockerfilePath">The Dockerfile's path, used only to find a Dockerfile-specific ignore file.</param>
    /// <param name="limits">Walk limits; <see cref="ContextWalkLimits.Default"/> when null.</param>
    public static BuildContext Open(string rootDirectory, string? dockerfilePath = null, ContextWalkLimits? limits = null) =>
        Open(rootDirectory, DockerIgnoreFile.Locate(rootDirectory, dockerfilePath), null, limits);

    /// <summary>Opens the context at <paramref name="rootDirectory"/> with the ignore file at <paramref name="ignorePath"/> (none when null), sharing <paramref name="cache"/>.</summary>
    internal static BuildContext Open(string rootDirectory, string? ignorePath, ContextDirectoryCache? cache, ContextWalkLimits? limits = null)
    {
        var ignoreFile = ignorePath is null ? null : DockerIgnoreFile.Load(ignorePath);
        return new BuildContext(new PhysicalContextFileSystem(rootDirectory, cache), ignoreFile, limits);
    }

    /// <summary>The context directory (full path).</summary>
    public string RootDirectory => _fs.Root;

    /// <summary>The ignore file in effect, or null when the context has none.</summary>
    public DockerIgnoreFile? IgnoreFile { get; }

    /// <summary>The matcher of <see cref="IgnoreFile"/>, or one that excludes nothing.</summary>
    public DockerIgnoreMatcher Matcher => IgnoreFile?.Matcher ?? DockerIgnoreMatcher.Empty;

    /// <summary>The limits the walk observes.</summary>
    public ContextWalkLimits Limits { get; }

    /// <summary>What would be sent: counts, sizes, notable trees, secret-looking files (computed once, on first use).</summary>
    public ContextSummary Summary => _summary.Value;

    /// <summary>The summary when something has already asked for it; null otherwise (nothing is walked).</summary>
    internal ContextSummary? ComputedSummary => _summary.IsValueCreated ? _summary.Value : null;

    /// <summary>Resolves a COPY/ADD source (glob allowed, variables already expanded) against the context.</summary>
    /// <remarks>
    /// Remembered per source: the files that share a context (a folder of Dockerfiles) mostly copy the same sources,
    /// so each is looked up on disk once (at most <see cref="MaxRememberedSources"/> sources are kept).
    /// </remarks>
    public SourceResolution ResolveSource(string copySource)
    {
        if (_resolved.TryGetValue(copySource, out var known)) return known;
        var resolution = CopySourceResolver.Resolve(_fs, Matcher, copySource);
        if (_resolved.Count < MaxRememberedSources) _resolved.TryAdd(copySource, resolution);
        return resolution;
    }

    /// <summary>The most resolved sources one context remembers.</summary>
    internal const int MaxRememberedSources = 100_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SourceResolution> _resolved = new(StringComparer.Ordinal);

    /// <summary>The secret-looking files that copying <paramref name="source"/> would put into the image.</summary>
    /// <param name="source">A resolved COPY/ADD source.</param>
    /// <param name="copyExcludes">
    /// The instruction's <c>--exclude</c> patterns, matched against paths relative to each copied directory (or the
    /// name of a copied file); null when there are none.
    /// </param>
    public ImmutableArray<SecretFile> SecretFilesSentBy(SourceResolution source, DockerIgnoreMatcher? copyExcludes = null)
    {
        // The summary lists only files the client sends, so a secret below a match is copied even when the match
        // itself is excluded and the secret re-included with a '!' line.
        if (source.Matches.IsEmpty) return [];
        var result = ImmutableArray.CreateBuilder<SecretFile>();
        foreach (var secret in Summary.SecretFiles)
        {
            var copiedAs = source.Matches.Select(m => RelativeTo(secret.Path, m)).FirstOrDefault(r => r is not null);
            if (copiedAs is null) continue;
            if (copyExcludes is not null && copyExcludes.MatchesOrParentMatches(copiedAs)) continue;
            result.Add(secret);
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// The first characters of the context file at <paramref name="relativePath"/> when it is a non-empty regular file
    /// that the client sends; null when it is missing, excluded, empty, not a regular file (a directory, link, FIFO or
    /// device is never opened) or unreadable.
    /// </summary>
    internal string? ReadSentFile(string relativePath)
    {
        try
        {
            if (Matcher.MatchesOrParentMatches(relativePath)) return null;
            if (_fs.Stat(relativePath) is not { Kind: ContextEntryKind.File, Length: > 0 }) return null;
            return _fs.ReadPrefix(relativePath, SecretFileCatalog.MaxCharsInspected);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The whole text of the context file at <paramref name="relativePath"/> for following a script the image runs, or
    /// null with the reason it is not read: excluded by .dockerignore (not sent), missing, not a regular file (a
    /// directory, FIFO or device is never opened), larger than <paramref name="maxBytes"/>, below or at a symbolic link
    /// (links are never followed, so nothing outside the context is read), or unreadable.
    /// </summary>
    internal (string? Text, string? Skipped) ReadScript(string relativePath, int maxBytes)
    {
        try
        {
            if (relativePath is "" or "." || relativePath.StartsWith("../", StringComparison.Ordinal) || relativePath == "..")
                return (null, "it is outside the build context");
            if (Matcher.MatchesOrParentMatches(relativePath)) return (null, "it is excluded by .dockerignore");
            // Every directory on the way must be a real directory: a linked directory could lead out of the context.
            for (int slash = relativePath.IndexOf('/'); slash > 0; slash = relativePath.IndexOf('/', slash + 1))
                if (_fs.Stat(relativePath[..slash]) is not { Kind: ContextEntryKind.Directory })
                    return (null, $"'{relativePath[..slash]}' is not a directory of the context (a link is not followed)");
            switch (_fs.Stat(relativePath))
            {
                case null: return (null, "it does not exist in the build context");
                case { Kind: ContextEntryKind.Symlink }: return (null, "it is a symbolic link, which is not followed");
                case { Kind: not ContextEntryKind.File }: return (null, "it is not a regular file");
                case { Length: var length } when length > maxBytes: return (null, $"it is larger than {maxBytes / 1024} KiB");
            }
            // One character more than the cap: a file that grew since it was listed is still refused.
            var text = _fs.ReadPrefix(relativePath, maxBytes + 1);
            return text.Length > maxBytes ? (null, $"it is larger than {maxBytes / 1024} KiB") : (text, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return (null, "it cannot be read: " + ex.Message);
        }
    }

    /// <summary>True when <paramref name="relativePath"/> is a directory of the context.</summary>
    internal bool IsDirectory(string relativePath)
    {
        try
        {
            return _fs.Stat(relativePath) is { Kind: ContextEntryKind.Directory };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    // The path as the copy sees it below a copied directory, the file name for a copied file, null when unrelated.
    private static string? RelativeTo(string path, string match)
    {
        if (match == ".") return path;
        if (path == match) return path[(path.LastIndexOf('/') + 1)..];
        return IsSameOrBelow(path, match) ? path[(match.Length + 1)..] : null;
    }

    private static bool IsSameOrBelow(string path, string directory) =>
        directory == "." || path == directory
        || (path.Length > directory.Length && path[directory.Length] == '/' && path.StartsWith(directory, StringComparison.Ordinal));
}
