namespace Dockerfile.Linter.Cli.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory(bool gitRepository = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dfl-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
        // A .git folder stops configuration and .gitignore lookup from leaking in from above the temp folder.
        if (gitRepository) Directory.CreateDirectory(System.IO.Path.Combine(Path, ".git"));
    }

    /// <summary>A fresh folder holding one file, <c>Dockerfile</c>, with <paramref name="content"/>.</summary>
    public static TempDirectory WithDockerfile(string content)
    {
        var dir = new TempDirectory();
        dir.Write("Dockerfile", content);
        return dir;
    }

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string WriteBytes(string relativePath, byte[] content)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            foreach (var dir in Directory.EnumerateDirectories(Path, "*", SearchOption.AllDirectories))
                if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
                    File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
