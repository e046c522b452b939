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

/// <summary>
/// A fact that needs the <c>shellcheck</c> executable on PATH: skipped (with a reason) when it is missing, except in
/// CI (<c>.ci/run</c> installs it), where the test then fails.
/// </summary>
public sealed class ShellCheckFactAttribute : FactAttribute
{
    /// <summary>Skips when no <c>shellcheck</c> is on PATH outside CI.</summary>
    public ShellCheckFactAttribute()
    {
        if (ShellCheckTheoryAttribute.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>A theory that needs the <c>shellcheck</c> executable on PATH (see <see cref="ShellCheckFactAttribute"/>).</summary>
public sealed class ShellCheckTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips when no <c>shellcheck</c> is on PATH outside CI.</summary>
    public ShellCheckTheoryAttribute()
    {
        if (SkipReason is { } reason) Skip = reason;
    }

    /// <summary>The full path of the <c>shellcheck</c> on PATH, or null.</summary>
    public static string? RealExecutable { get; } =
        Dockerfile.Linter.Rules.ShellCheckProcess.Locate("shellcheck", Environment.GetEnvironmentVariable("PATH"));

    /// <summary>Why tests that need ShellCheck are skipped here, or null when they run.</summary>
    public static string? SkipReason =>
        RealExecutable is null && !SharedData.IsContinuousIntegration ? "no shellcheck executable on PATH (apt-get install shellcheck)" : null;
}
