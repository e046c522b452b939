namespace Dockerfile.Linter.Tests.TestSupport;

/// <summary>
/// Locates the shared data folder (<c>../shared</c> next to the repository root, or <c>DOCKERFILE_LINTER_SHARED</c>).
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootPath = new(FindRoot);

    /// <summary>The shared folder, or null when it does not exist.</summary>
    public static string? Root => RootPath.Value;

    /// <summary>A path inside the shared folder, or null when the shared folder or that path is absent.</summary>
    public static string? PathTo(params string[] parts)
    {
        if (Root is null) return null;
        string path = Path.Combine([Root, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    /// <summary>The reason to skip a test that needs <paramref name="parts"/>, or null when the data is there.</summary>
    public static string? SkipReason(params string[] parts) =>
        PathTo(parts) is null
            ? $"shared data '{Path.Combine(parts)}' not found (set DOCKERFILE_LINTER_SHARED or place shared/ next to the repository)"
            : null;

    /// <summary>True when the <c>CI</c> environment variable is set to anything but empty or <c>false</c>.</summary>
    public static bool IsContinuousIntegration =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>A path inside the shared folder; throws with the reason when it is absent (for tests that must not skip in CI).</summary>
    public static string Require(params string[] parts) =>
        PathTo(parts) ?? throw new InvalidOperationException(SkipReason(parts) + "; CI runs need it");

    /// <summary>The repository root (the folder holding Dockerfile.Linter.sln), or null.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dockerfile.Linter.sln"))) return dir.FullName;
        return null;
    }

    private static string? FindRoot()
    {
        string? fromEnv = Environment.GetEnvironmentVariable("DOCKERFILE_LINTER_SHARED");
        if (!string.IsNullOrEmpty(fromEnv)) return Directory.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : null;
        string? repo = RepositoryRoot();
        if (repo is null) return null;
        string shared = Path.GetFullPath(Path.Combine(repo, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }
}
