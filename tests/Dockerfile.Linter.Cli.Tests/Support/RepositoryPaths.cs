namespace Dockerfile.Linter.Cli.Tests.Support;

/// <summary>Locates the repository root (the folder with Dockerfile.Linter.sln) and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> next to the repository, or <c>$DOCKERFILE_LINTER_SHARED</c>.</summary>
    public static string Shared =>
        Environment.GetEnvironmentVariable("DOCKERFILE_LINTER_SHARED") is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>True when <c>CI</c> is set: tests that need shared data run (and fail) instead of skipping.</summary>
    public static bool SharedDataRequired => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string SarifSchema => Path.Combine(Shared, "schemas", "sarif-schema-2.1.0.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dockerfile.Linter.sln"))) return dir.FullName;
        throw new InvalidOperationException("Dockerfile.Linter.sln not found above " + AppContext.BaseDirectory);
    }
}
