namespace Dockerfile.Linter.Tests.Meta;

/// <summary>A temporary build context written from a docs <c>```context</c> block; deleted on dispose.</summary>
internal sealed class DocsContext : IDisposable
{
    private DocsContext(string root) => Root = root;

    public string Root { get; }

    /// <summary>Writes the files listed in <paramref name="block"/>; null when there is no block.</summary>
    public static DocsContext? Create(string? block)
    {
        if (block is null) return null;
        var context = new DocsContext(Path.Combine(Path.GetTempPath(), "dfl-docs-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(context.Root);
        foreach (var raw in block.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            var path = colon < 0 ? line : line[..colon];
            var content = colon < 0 ? "x" : line[(colon + 2)..].Replace("\\n", "\n", StringComparison.Ordinal) + "\n";
            var full = Path.Combine(context.Root, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }
        return context;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
