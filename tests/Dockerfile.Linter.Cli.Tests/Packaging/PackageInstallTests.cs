using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml.Linq;

namespace Dockerfile.Linter.Cli.Tests.Packaging;

/// <summary>
/// The release packages: README's one command (<c>dotnet pack src/Dockerfile.Linter.Cli -c Release -o OUTDIR</c>) makes
/// the pointer package, the Native AOT package for this machine, the portable <c>any</c> package and the library;
/// <c>dotnet tool install</c> from that folder into a private tool path installs the native executable, which lints.
/// Slow (a Native AOT compile): in the serialized packaging collection.
/// </summary>
[Collection(PackagingCollection.Name)]
public class PackageInstallTests
{
    [Fact]
    public void Release_packages_install_the_native_tool_from_a_local_folder_and_it_lints()
    {
        string rid = RuntimeInformation.RuntimeIdentifier;
        Assert.True(NativeToolchain.IsPresent, NativeToolchain.Missing);

        using var temp = new TempDirectory(gitRepository: false);
        string packages = Path.Combine(temp.Path, "packages");
        string tools = Path.Combine(temp.Path, "tools");
        string version = $"0.0.1-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(temp.Path, "nuget-cache") };

        var pack = ProcessRunner.Run("dotnet",
            ["pack", Path.Combine(RepositoryPaths.Root, "src/Dockerfile.Linter.Cli"), "-c", "Release", "-o", packages, $"-p:Version={version}", "--nologo"],
            RepositoryPaths.Root, timeoutSeconds: 1800);
        Assert.True(pack.ExitCode == 0, pack.ToString());

        var made = Directory.GetFiles(packages, "*.nupkg").Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            [$"Dockerfile.Linter.{version}.nupkg", $"Dockerfile.Linter.Tool.{version}.nupkg", $"Dockerfile.Linter.Tool.any.{version}.nupkg", $"Dockerfile.Linter.Tool.{rid}.{version}.nupkg"],
            made);

        // The pointer names every release RID and `any`; the native package holds one executable and no assemblies; the
        // portable one runs on the shared framework.
        var pointer = ToolSettings(packages, $"Dockerfile.Linter.Tool.{version}.nupkg", out _);
        var rids = pointer.Descendants("RuntimeIdentifierPackage").Select(e => e.Attribute("RuntimeIdentifier")?.Value ?? "").ToArray();
        Assert.Equal(["linux-x64", "linux-arm64", "osx-arm64", "osx-x64", "win-x64", "any"], rids);
        var native = ToolSettings(packages, $"Dockerfile.Linter.Tool.{rid}.{version}.nupkg", out var nativeFiles);
        Assert.Equal("executable", (string?)native.Descendants("Command").Single().Attribute("Runner"));
        Assert.Contains(nativeFiles, f => f.EndsWith($"/{rid}/dockerfile-lint{Exe}", StringComparison.Ordinal));
        Assert.DoesNotContain(nativeFiles, f => Path.GetExtension(f) is ".dll" or ".pdb" or ".dbg");
        var portable = ToolSettings(packages, $"Dockerfile.Linter.Tool.any.{version}.nupkg", out var portableFiles);
        Assert.Equal("dotnet", (string?)portable.Descendants("Command").Single().Attribute("Runner"));
        Assert.Contains(portableFiles, f => f.EndsWith("/dockerfile-lint.dll", StringComparison.Ordinal));
        Assert.DoesNotContain(portableFiles, f => f.EndsWith("/Dockerfile.Linter.xml", StringComparison.Ordinal));

        // Each package carries its own README (not the repository's).
        foreach (var (package, readme) in new[] { ("Dockerfile.Linter", "src/Dockerfile.Linter/README.md"), ("Dockerfile.Linter.Tool", "src/Dockerfile.Linter.Cli/README.md") })
        {
            using var zip = ZipFile.OpenRead(Path.Combine(packages, $"{package}.{version}.nupkg"));
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

        // What got installed is the native executable: no managed assembly next to it, and a native image header.
        string installed = NativeToolchain.InstalledExecutable(tools, "dockerfile-lint");
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(installed)!, "*.dll"));
        Assert.True(NativeToolchain.IsNativeImage(installed), $"{installed} is not a native executable");

        string tool = Path.Combine(tools, $"dockerfile-lint{Exe}");
        var versionRun = ProcessRunner.Run(tool, ["--version"], temp.Path);
        Assert.Equal(0, versionRun.ExitCode);
        Assert.StartsWith(version, versionRun.Out.Trim());

        temp.Write("work/Dockerfile", Samples.LatestAndMaintainer);
        string work = Path.Combine(temp.Path, "work");
        var lint = ProcessRunner.Run(tool, ["lint", "--preset", "hadolint", "--format", "gnu", "--ignore", "DL3007", "Dockerfile"], work);
        Assert.Equal(1, lint.ExitCode);
        Assert.Contains("Dockerfile:2:1: error: ", lint.Out);
        Assert.Contains("[DL4000]", lint.Out);
        Assert.DoesNotContain("[DL3007]", lint.Out);

        var usage = ProcessRunner.Run(tool, ["--format", "xml"], work);
        Assert.Equal(2, usage.ExitCode);

        var rules = ProcessRunner.Run(tool, ["rules", "DL4000"], work);
        Assert.Equal(0, rules.ExitCode);
        Assert.StartsWith("DL4000 ", rules.Out);
    }

    private static string Exe => OperatingSystem.IsWindows() ? ".exe" : "";

    /// <summary>The package's DotnetToolSettings.xml, and the names of all its files.</summary>
    private static XDocument ToolSettings(string folder, string package, out string[] files)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(folder, package));
        files = zip.Entries.Select(e => e.FullName).ToArray();
        var settings = zip.Entries.Single(e => e.Name == "DotnetToolSettings.xml");
        using var stream = settings.Open();
        return XDocument.Load(stream);
    }
}
