namespace Dockerfile.Linter.Tests.TestSupport;

/// <summary>A fact that is skipped (with a reason) when a shared data path is missing, except under CI, where it runs and fails.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Skips unless <paramref name="parts"/> (relative to the shared folder) exists.</summary>
    public SharedDataFactAttribute(params string[] parts)
    {
        if (SharedData.SkipReason(parts) is { } reason) Skip = reason;
    }
}

/// <summary>A theory that is skipped (with a reason) when a shared data path is missing.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips unless <paramref name="parts"/> (relative to the shared folder) exists.</summary>
    public SharedDataTheoryAttribute(params string[] parts)
    {
        if (SharedData.SkipReason(parts) is { } reason) Skip = reason;
    }
}
