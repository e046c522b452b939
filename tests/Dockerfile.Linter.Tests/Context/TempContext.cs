namespace Dockerfile.Linter.Tests.Context;

/// <summary>A scratch build context under the system temp directory, deleted on dispose.</summary>
public sealed class TempContext : IDisposable
{
    public TempContext()
    {
        Root = Path.Combine(Path.GetTempPath(), "dfl-ctx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public TempContext File(string relativePath, string content = "x")
    {
        var full = Full(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content);
        return this;
    }

    public TempContext Dir(string relativePath)
    {
        Directory.CreateDirectory(Full(relativePath));
        return this;
    }

    public TempContext Link(string relativePath, string target)
    {
        var full = Full(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.CreateSymbolicLink(full, target);
        return this;
    }

    public string Full(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

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
