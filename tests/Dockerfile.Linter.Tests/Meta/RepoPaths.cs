namespace Dockerfile.Linter.Tests.Meta;

/// <summary>The repository root and the shared data folder (<c>../shared</c> next to it, or <c>DOCKERFILE_LINTER_SHARED</c>).</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding <c>Dockerfile.Linter.sln</c>.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dockerfile.Linter.sln"))) return dir.FullName;
        throw new InvalidOperationException("Dockerfile.Linter.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The Dockerfile corpus folder, or null when absent.</summary>
    public static string? Corpus()
    {
        string? shared = Environment.GetEnvironmentVariable("DOCKERFILE_LINTER_SHARED");
        if (string.IsNullOrEmpty(shared)) shared = Path.Combine(RepositoryRoot(), "..", "shared");
        string corpus = Path.GetFullPath(Path.Combine(shared, "corpus"));
        return Directory.Exists(corpus) ? corpus : null;
    }
}

/// <summary>A fact skipped (with a reason) when the shared corpus is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    /// <summary>Skips when the corpus folder cannot be found.</summary>
    public CorpusFactAttribute()
    {
        if (RepoPaths.Corpus() is null) Skip = "shared corpus not found (set DOCKERFILE_LINTER_SHARED or place shared/ next to the repository)";
    }
}
