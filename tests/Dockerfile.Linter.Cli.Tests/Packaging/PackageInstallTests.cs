namespace Dockerfile.Linter.Cli.Tests.Packaging;

/// <summary>
/// Packs the library and the tool, installs the tool from the local folder into a private tool path, and runs it.
/// Slow (two packs and an install): the only test of its kind.
/// </summary>
[Collection(PackagingCollection.Name)]
public class PackageInstallTests
{
    [Fact]
    public void Packed_tool_installs_from_a_local_folder_and_lints()
    {
        using var temp = new TempDirectory(gitRepository: false);
        string packages = Path.Combine(temp.Path, "packages");
        string tools = Path.Combine(temp.Path, "tools");
        string version = $"0.0.1-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(temp.Path, "nuget-cache") };

        foreach (var project in new[] { "src/Dockerfile.Linter/Dockerfile.Linter.csproj", "src/Dockerfile.Linter.Cli/Dockerfile.Linter.Cli.csproj" })
        {
            var pack = ProcessRunner.Run("dotnet",
                ["pack", Path.Combine(RepositoryPaths.Root, project), "-c", "Release", "-o", packages, $"-p:Version={version}", "--nologo"],
                RepositoryPaths.Root, timeoutSeconds: 900);
            Assert.True(pack.ExitCode == 0, pack.ToString());
        }
        Assert.True(File.Exists(Path.Combine(packages, $"Dockerfile.Linter.{version}.nupkg")));
        Assert.True(File.Exists(Path.Combine(packages, $"Dockerfile.Linter.Tool.{version}.nupkg")));
        // Each package carries its own README (not the repository's).
        foreach (var (package, readme) in new[] { ("Dockerfile.Linter", "src/Dockerfile.Linter/README.md"), ("Dockerfile.Linter.Tool", "src/Dockerfile.Linter.Cli/README.md") })
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(packages, $"{package}.{version}.nupkg"));
            using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, readme)), reader.ReadToEnd());
        }

        temp.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var install = ProcessRunner.Run("dotnet",
            ["tool", "install", "--tool-path", tools, "--configfile", Path.Combine(temp.Path, "nuget.config"),
             "--add-source", packages, "Dockerfile.Linter.Tool", "--version", version],
            temp.Path, environment: isolated);
        Assert.True(install.ExitCode == 0, install.ToString());

        string tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "dockerfile-lint.exe" : "dockerfile-lint");
        var versionRun = ProcessRunner.Run(tool, ["--version"], temp.Path);
        Assert.Equal(0, versionRun.ExitCode);
        Assert.StartsWith(version, versionRun.Out.Trim());

        temp.Write("work/Dockerfile", Samples.LatestAndMaintainer);
        string work = Path.Combine(temp.Path, "work");
        var lint = ProcessRunner.Run(tool, ["lint", "--preset", "hadolint", "--format", "gnu", "--ignore", "DL3007", "Dockerfile"], work);
        Assert.Equal(1, lint.ExitCode);
        Assert.Contains("Dockerfile:2:1: error: ", lint.Out);
        Assert.DoesNotContain("[DL3007]", lint.Out);

        var usage = ProcessRunner.Run(tool, ["--format", "xml"], work);
        Assert.Equal(2, usage.ExitCode);

        var rules = ProcessRunner.Run(tool, ["rules", "DL4000"], work);
        Assert.Equal(0, rules.ExitCode);
        Assert.StartsWith("DL4000 ", rules.Out);
    }
}
