namespace Dockerfile.Linter.Tests.Expansion;

/// <summary>Locates the shared conformance data (../shared next to the repository, or DOCKERFILE_LINTER_SHARED).</summary>
internal static class ExpansionTestData
{
    private static readonly Lazy<string?> SharedRoot = new(FindSharedRoot);

    internal static string? Shared => SharedRoot.Value;

    internal static string? PathIfExists(params string[] parts)
    {
        if (Shared is null) return null;
        string path = Path.Combine([Shared, .. parts]);
        return File.Exists(path) ? path : null;
    }

    private static string? FindSharedRoot()
    {
        string? overridden = Environment.GetEnvironmentVariable("DOCKERFILE_LINTER_SHARED");
        if (!string.IsNullOrEmpty(overridden)) return Directory.Exists(overridden) ? overridden : null;

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dockerfile.Linter.sln")))
            {
                string shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }
        return null;
    }
}

/// <summary>A theory that reports itself skipped when a shared data file is missing.</summary>
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(params string[] relativePath)
    {
        if (ExpansionTestData.PathIfExists(relativePath) is null)
            Skip = $"Shared data file '{string.Join('/', relativePath)}' not found (set DOCKERFILE_LINTER_SHARED or place shared/ next to the repository).";
    }
}
