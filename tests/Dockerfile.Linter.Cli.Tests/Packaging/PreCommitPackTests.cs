using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Dockerfile.Linter.Cli.Tests.Packaging;

/// <summary>
/// The `language: dotnet` pre-commit hook runs <c>dotnet pack --configuration Release --output pre-commit-build</c> at
/// the root of a fresh clone and installs every package it makes. That command must restore and build only the tool
/// (and the library it references), not the tests and benchmarks (which pulled 347 MB on a cold machine), and where the
/// machine can link natively (a C toolchain and zlib, which .ci/run installs) the package holds the Native AOT executable.
/// </summary>
[Collection(PackagingCollection.Name)]
public class PreCommitPackTests
{
    private static readonly string[] CopiedTopLevel =
        ["Dockerfile.Linter.sln", "Directory.Build.props", "Directory.Solution.targets", "README.md", "src", "tests", "benchmarks", "samples"];

    [Fact]
    public void Pre_commit_pack_at_the_root_restores_and_packs_only_the_tool()
    {
        using var clone = new TempDirectory(gitRepository: false);
        foreach (var entry in CopiedTopLevel) Copy(Path.Combine(RepositoryPaths.Root, entry), Path.Combine(clone.Path, entry));

        // Exactly pre-commit's command (pre_commit/languages/dotnet.py).
        var pack = ProcessRunner.Run("dotnet", ["pack", "--configuration", "Release", "--output", "pre-commit-build"], clone.Path,
            timeoutSeconds: 1800);
        Assert.True(pack.ExitCode == 0, pack.ToString());

        var packages = Directory.GetFiles(Path.Combine(clone.Path, "pre-commit-build"), "*.nupkg").Select(p => Path.GetFileName(p)!).ToArray();
        Assert.Equal(["Dockerfile.Linter.Tool.0.1.0.nupkg"], packages);

        // Only the two src projects were restored: no other project has restore output.
        var restored = Directory.GetFiles(clone.Path, "project.assets.json", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(clone.Path, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(["src/Dockerfile.Linter.Cli/obj/project.assets.json", "src/Dockerfile.Linter/obj/project.assets.json"], restored);

        // And the tool's dependency graph holds none of the test or benchmark packages.
        var libraries = Libraries(Path.Combine(clone.Path, "src/Dockerfile.Linter.Cli/obj/project.assets.json"));
        Assert.Contains(libraries, l => l.StartsWith("Pidgin/", StringComparison.Ordinal));
        Assert.Contains(libraries, l => l.StartsWith("System.CommandLine/", StringComparison.Ordinal));
        foreach (var forbidden in new[] { "xunit", "BenchmarkDotNet", "Microsoft.CodeAnalysis", "Microsoft.NET.Test.Sdk", "NJsonSchema", "Snapshooter" })
            Assert.DoesNotContain(libraries, l => l.StartsWith(forbidden, StringComparison.OrdinalIgnoreCase));

        if (OperatingSystem.IsWindows()) return; // the JIT build there (the Visual Studio C++ tools are not probed for)
        Assert.True(NativeToolchain.IsPresent, NativeToolchain.Missing);
        string rid = RuntimeInformation.RuntimeIdentifier;
        using (var zip = ZipFile.OpenRead(Path.Combine(clone.Path, "pre-commit-build", packages[0])))
        {
            var files = zip.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains(files, f => f.EndsWith($"/{rid}/dockerfile-lint", StringComparison.Ordinal));
            Assert.DoesNotContain(files, f => f.EndsWith(".dll", StringComparison.Ordinal));
        }

        // Installed as pre-commit installs it (no package source but that folder), it is the native executable and runs.
        string tools = Path.Combine(clone.Path, "dotnetenv", "bin");
        clone.Write("nuget.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /></packageSources></configuration>
            """);
        var install = ProcessRunner.Run("dotnet",
            ["tool", "install", "--configfile", Path.Combine(clone.Path, "nuget.config"), "--tool-path", tools, "--add-source", "pre-commit-build", "Dockerfile.Linter.Tool"],
            clone.Path, environment: new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(clone.Path, "nuget-cache") });
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.True(NativeToolchain.IsNativeImage(NativeToolchain.InstalledExecutable(tools, "dockerfile-lint")));
        clone.Write("work/Dockerfile", Samples.Latest);
        var lint = ProcessRunner.Run(Path.Combine(tools, "dockerfile-lint"), ["lint", "--format", "gnu", "Dockerfile"], Path.Combine(clone.Path, "work"));
        Assert.Equal(1, lint.ExitCode);
        Assert.Contains("Dockerfile:1:", lint.Out);
        Assert.Contains("[DL3007]", lint.Out);
    }

    private static string[] Libraries(string assetsPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(assetsPath));
        return doc.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name).ToArray();
    }

    private static void Copy(string source, string destination)
    {
        if (File.Exists(source))
        {
            File.Copy(source, destination);
            return;
        }
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(source))
        {
            string name = Path.GetFileName(dir);
            if (name is "bin" or "obj" or "BenchmarkDotNet.Artifacts") continue;
            Copy(dir, Path.Combine(destination, name));
        }
    }
}
