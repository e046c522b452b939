using Dockerfile.Linter.Cli.Linting;
using Dockerfile.Linter.Configuration;

namespace Dockerfile.Linter.Cli.Tests.Configuration;

public class SampleFilesTests
{
    [Fact]
    public void Sample_configuration_is_valid()
    {
        string path = Path.Combine(RepositoryPaths.Root, "samples", "ci", "dockerfile-lint.yaml");
        var result = ConfigurationReader.ReadFile(path, RuleCatalog.All.ToArray(), ConfigurationDialect.Native);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(FailureThreshold.Warning, result.Configuration.FailureThreshold);
    }

    [Theory]
    [InlineData("Dockerfile", true)]
    [InlineData("dockerfile", true)]
    [InlineData("Dockerfile.dev", true)]
    [InlineData("api.Dockerfile", true)]
    [InlineData("api.dockerfile", true)]
    [InlineData("Containerfile", true)]
    [InlineData("Containerfile.prod", true)]
    [InlineData("README.md", false)]
    [InlineData("Dockerfile.dockerignore", false)]
    [InlineData("MyDockerfile", false)]
    [InlineData("Dockerfile.Linter.sln", false)]
    [InlineData("Dockerfile.Linter.Benchmarks.csproj", false)]
    [InlineData("Dockerfile.md", false)]
    [InlineData("Dockerfile.rhel9", true)]
    [InlineData("Dockerfile.run.shell", true)]
    [InlineData("Dockerfile-dev", true)]
    [InlineData("Dockerfile_prod", true)]
    [InlineData("dockerfile-ci", true)]
    [InlineData("Containerfile-arm64", true)]
    [InlineData("Containerfile_test", true)]
    [InlineData("Dockerfile.j2", false)]
    [InlineData("Dockerfile.tpl", false)]
    [InlineData("Dockerfile.template", false)]
    [InlineData("Dockerfile.tmpl", false)]
    [InlineData("Dockerfile.in", false)]
    [InlineData("Dockerfile.erb", false)]
    [InlineData("Dockerfile.mustache", false)]
    [InlineData("Dockerfile-dev.j2", false)]
    [InlineData("Dockerfiles", false)]
    public void Pre_commit_file_pattern_agrees_with_directory_search(string name, bool expected)
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".pre-commit-hooks.yaml"))));
        foreach (YamlDotNet.RepresentationModel.YamlMappingNode hook in ((YamlDotNet.RepresentationModel.YamlSequenceNode)yaml.Documents[0].RootNode).Children)
        {
            string files = hook["files"].ToString();
            string exclude = hook["exclude"].ToString();
            foreach (var path in new[] { name, "sub/dir/" + name })
            {
                bool selected = System.Text.RegularExpressions.Regex.IsMatch(path, files) && !System.Text.RegularExpressions.Regex.IsMatch(path, exclude);
                Assert.Equal(expected, selected);
            }
        }
        Assert.Equal(expected, Dockerfile.Linter.Cli.Input.DockerfileNames.IsDockerfile(name));
    }

    [Fact]
    public void Pre_commit_hooks_run_the_lint_command()
    {
        string hooks = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".pre-commit-hooks.yaml"));
        Assert.Contains("- id: dockerfile-lint\n", hooks);
        Assert.Contains("language: dotnet", hooks);
        Assert.Contains("entry: dockerfile-lint lint", hooks);
    }
}
