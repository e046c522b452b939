namespace Dockerfile.Linter.Tests.TestSupport;

/// <summary>
/// Locates the shared data folder (<c>../shared</c> next to the repository root, or <c>DOCKERFILE_LINTER_SHARED</c>).
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootPath = new(FindRoot);

    /// <summary>The shared folder, or null when it does not exist.</summary>
    public static string? Root => RootPath.Value;

    /// <summary>
    /// True when the <c>CI</c> environment variable is set (to anything but empty or <c>false</c>): missing shared data
    /// is then a failure, never a skip.
    /// </summary>
    public static bool Required => IsContinuousIntegration;

    /// <summary>
    /// A path inside the shared folder, or null when the shared folder or that path is absent. Under CI
    /// (<see cref="Required"/>) an absent path throws, so the test that asked for it fails with that message.
    /// </summary>
    public static string? PathTo(params string[] parts)
    {
        string? path = Root is null ? null : Path.Combine([Root, .. parts]);
        if (path is not null && (File.Exists(path) || Directory.Exists(path))) return path;
        if (Required) throw new InvalidOperationException(MissingMessage(parts) + "; CI is set, so this fails instead of skipping");
        return null;
    }

    /// <summary>
    /// The reason to skip a test that needs <paramref name="parts"/>, or null when the data is there. Under CI it is
    /// always null: the test runs and fails in <see cref="PathTo"/> when the data is missing.
    /// </summary>
    public static string? SkipReason(params string[] parts)
    {
        if (Required) return null;
        return PathTo(parts) is null ? MissingMessage(parts) : null;
    }

    private static string MissingMessage(string[] parts) =>
        $"shared data '{Path.Combine(parts)}' not found (set DOCKERFILE_LINTER_SHARED or place shared/ next to the repository)";

    /// <summary>True when the <c>CI</c> environment variable is set to anything but empty or <c>false</c>.</summary>
    public static bool IsContinuousIntegration =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>A path inside the shared folder; throws with the reason when it is absent (for tests that must not skip in CI).</summary>
    public static string Require(params string[] parts) =>
        PathTo(parts) ?? throw new InvalidOperationException(MissingMessage(parts));

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
