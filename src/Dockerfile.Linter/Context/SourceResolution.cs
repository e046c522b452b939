using System.Collections.Immutable;

namespace Dockerfile.Linter.Context;

/// <summary>How a COPY/ADD source (after variable expansion) resolves against the build context.</summary>
public sealed class SourceResolution
{
    /// <summary>The source as given.</summary>
    public required string Source { get; init; }

    /// <summary>The context-relative path BuildKit looks up (cleaned, leading '/' removed, <c>.</c> for the root).</summary>
    public required string Path { get; init; }

    /// <summary>True when the source is a glob (unescaped <c>*</c>, <c>?</c> or <c>[</c>).</summary>
    public required bool HasWildcards { get; init; }

    /// <summary>The context-relative paths the source names that exist on disk (one for a plain path).</summary>
    public required ImmutableArray<string> Matches { get; init; }

    /// <summary>
    /// The subset of <see cref="Matches"/> the client does not send: excluded files, and excluded directories with
    /// nothing below them re-included by a <c>!</c> line.
    /// </summary>
    public required ImmutableArray<string> ExcludedMatches { get; init; }

    /// <summary>True when the source path itself, or one of its parent directories, is matched by .dockerignore.</summary>
    public required bool IsExcluded { get; init; }

    /// <summary>True when part of the context could not be read while resolving, so a missing match proves nothing.</summary>
    public required bool IsUncertain { get; init; }

    /// <summary>True when at least one path matches on disk.</summary>
    public bool Exists => !Matches.IsEmpty;

    /// <summary>
    /// Why the source (or a directory on its way) could not be read for lack of permission, or null. The answer is then
    /// uncertain; <c>docker build</c> fails on such a path unless .dockerignore excludes it.
    /// </summary>
    public string? UnreadableReason { get; init; }

    /// <summary>True when something matches on disk but .dockerignore keeps all of it out of the context.</summary>
    public bool AllMatchesExcluded => Exists && ExcludedMatches.Length == Matches.Length;
}
