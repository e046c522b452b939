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

    [Fact]
    public void Pre_commit_hooks_run_the_lint_command()
    {
        string hooks = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".pre-commit-hooks.yaml"));
        Assert.Contains("- id: dockerfile-lint\n", hooks);
        Assert.Contains("language: dotnet", hooks);
        Assert.Contains("entry: dockerfile-lint lint", hooks);
    }
}
