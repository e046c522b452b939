namespace Dockerfile.Linter.Tests.TestSupport;

/// <summary>A fact that is skipped (with a reason) when a shared data path is missing.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Skips unless <paramref name="parts"/> (relative to the shared folder) exists.</summary>
    public SharedDataFactAttribute(params string[] parts)
    {
        if (SharedData.SkipReason(parts) is { } reason) Skip = reason;
    }

    /// <summary>
    /// When true and the <c>CI</c> environment variable is set, the test is not skipped for missing data: it runs and
    /// fails, so a CI job that lost the shared data cannot pass silently.
    /// </summary>
    public bool RequiredInCI
    {
        get;
        set
        {
            field = value;
            if (value && SharedData.IsContinuousIntegration) Skip = null!;
        }
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
