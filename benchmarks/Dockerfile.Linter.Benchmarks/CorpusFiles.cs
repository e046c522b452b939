using System.Text;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>Loads the shared corpus (<c>../shared/corpus</c> next to the repository, or <c>DOCKERFILE_LINTER_SHARED</c>).</summary>
internal static class CorpusFiles
{
    public static string CorpusDirectory()
    {
        string? shared = Environment.GetEnvironmentVariable("DOCKERFILE_LINTER_SHARED");
        if (string.IsNullOrEmpty(shared))
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dockerfile.Linter.sln")))
                {
                    shared = Path.Combine(dir.FullName, "..", "shared");
                    break;
                }
            }
        }
        string corpus = Path.GetFullPath(Path.Combine(shared ?? ".", "corpus"));
        if (!File.Exists(Path.Combine(corpus, "MANIFEST.tsv")))
            throw new DirectoryNotFoundException($"corpus not found at {corpus}; set DOCKERFILE_LINTER_SHARED");
        return corpus;
    }

    public static (string[] Texts, long Bytes) Load()
    {
        string corpus = CorpusDirectory();
        var texts = new List<string>();
        long bytes = 0;
        foreach (var line in File.ReadLines(Path.Combine(corpus, "MANIFEST.tsv")).Skip(1))
        {
            var raw = File.ReadAllBytes(Path.Combine(corpus, line.Split('\t')[0]));
            bytes += raw.Length;
            texts.Add(Encoding.UTF8.GetString(raw));
        }
        return (texts.ToArray(), bytes);
    }
}
