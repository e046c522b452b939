using System.Text.RegularExpressions;

namespace Dockerfile.Linter.Cli.Tests.Packaging;

/// <summary>Each NuGet package has its own README, written for nuget.org: links must work outside the repository.</summary>
public partial class PackageReadmeTests
{
    [Theory]
    [InlineData("src/Dockerfile.Linter/README.md")]
    [InlineData("src/Dockerfile.Linter.Cli/README.md")]
    public void Package_readme_links_are_absolute(string readme)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, readme));
        var links = MarkdownLink().Matches(text).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link));
    }

    [Fact]
    public void Tool_readme_commands_use_options_that_exist()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src/Dockerfile.Linter.Cli/README.md"));
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        foreach (Match m in ToolCommand().Matches(text))
        {
            string[] args = m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var run = CliRunner.Run(dir.Path, args);
            Assert.True(run.ExitCode is 0 or 1, $"dockerfile-lint {m.Groups[1].Value}\n{run}");
        }
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    /// <summary><c>dockerfile-lint ARGS</c> lines of the sh block, without the trailing comment.</summary>
    [GeneratedRegex(@"(?m)^dockerfile-lint([^#\n]*?)\s*(?:#.*)?$")]
    private static partial Regex ToolCommand();
}
