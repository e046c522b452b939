namespace Dockerfile.Linter.Context;

/// <summary>Bounds on how much of a build context is examined, so huge or pathological trees stay cheap.</summary>
public sealed record ContextWalkLimits
{
    /// <summary>The defaults: 200,000 files, 64 directory levels.</summary>
    public static ContextWalkLimits Default { get; } = new();

    /// <summary>Stop counting after this many files; the summary is then marked incomplete.</summary>
    public int MaxFiles { get; init; } = 200_000;

    /// <summary>Do not descend below this many directory levels under the root.</summary>
    public int MaxDepth { get; init; } = 64;
}
