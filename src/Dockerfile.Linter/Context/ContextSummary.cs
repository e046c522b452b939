using System.Collections.Immutable;

namespace Dockerfile.Linter.Context;

/// <summary>What <c>docker build</c> would send for a context after applying its <c>.dockerignore</c>.</summary>
public sealed class ContextSummary
{
    /// <summary>Files and symbolic links that would be sent.</summary>
    public required int FileCount { get; init; }

    /// <summary>Directories that would be sent (the root not counted).</summary>
    public required int DirectoryCount { get; init; }

    /// <summary>Total size of the files that would be sent.</summary>
    public required long TotalBytes { get; init; }

    /// <summary>Large or irrelevant trees that would be sent, top-most first by path.</summary>
    public required ImmutableArray<NotableEntry> NotableEntries { get; init; }

    /// <summary>Files that look like credentials and would be sent, sorted by path.</summary>
    public required ImmutableArray<SecretFile> SecretFiles { get; init; }

    /// <summary>What could not be examined, once per path.</summary>
    public required ImmutableArray<ContextProblem> Problems { get; init; }

    /// <summary>False when a limit stopped the walk early, so the counts are lower bounds.</summary>
    public required bool IsComplete { get; init; }
}
