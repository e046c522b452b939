namespace Dockerfile.Linter.Tests.Secrets;

/// <summary>Finds the shared corpus (../shared/corpus next to the repository, or $DOCKERFILE_LINTER_SHARED/corpus).</summary>
internal static class SharedCorpus
{
    public static string? Directory
    {
        get
        {
            string? shared = Environment.GetEnvironmentVariable("DOCKERFILE_LINTER_SHARED");
            if (string.IsNullOrEmpty(shared))
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dockerfile.Linter.sln")))
                    dir = dir.Parent;
                if (dir is null) return null;
                shared = Path.Combine(dir.FullName, "..", "shared");
            }
            string corpus = Path.Combine(shared, "corpus");
            return System.IO.Directory.Exists(corpus) ? Path.GetFullPath(corpus) : null;
        }
    }

    /// <summary>Every corpus Dockerfile (files inside the per-repository folders).</summary>
    public static IEnumerable<string> Files(string corpus) =>
        System.IO.Directory.EnumerateDirectories(corpus)
            .SelectMany(d => System.IO.Directory.EnumerateFiles(d))
            .Order(StringComparer.Ordinal);
}

/// <summary>A fact that is skipped, with a reason, when the shared corpus is not available.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the corpus is missing.</summary>
    public CorpusFactAttribute()
    {
        if (SharedCorpus.Directory is null)
            Skip = "shared corpus not found (../shared/corpus or $DOCKERFILE_LINTER_SHARED/corpus)";
    }
}
