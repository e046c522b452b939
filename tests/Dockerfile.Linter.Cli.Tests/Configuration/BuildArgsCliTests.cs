namespace Dockerfile.Linter.Cli.Tests.Configuration;

/// <summary><c>--build-arg KEY=VALUE</c> and <c>build-args:</c>: rules resolve ARG values with the build's arguments.</summary>
public class BuildArgsCliTests
{
    private const string LatestByDefault = "ARG BASE=ubuntu:latest\nFROM $BASE\nCMD [\"true\"]\n";
    private const string PinnedByDefault = "ARG TAG=24.04\nFROM ubuntu:$TAG\nCMD [\"true\"]\n";

    private static CliRun Lint(TempDirectory dir, params string[] more) =>
        CliRunner.Run(dir.Path, Samples.OnlyRules("DL3007").With(["-f", "gnu", .. more, "Dockerfile"]));

    [Fact]
    public void Build_arg_replaces_the_ARG_default_for_base_image_rules()
    {
        using var dir = TempDirectory.WithDockerfile(LatestByDefault);
        Assert.Contains("[DL3007]", Lint(dir).Out);
        var pinned = Lint(dir, "--build-arg", "BASE=ubuntu:24.04");
        Assert.Equal(0, pinned.ExitCode);
        Assert.DoesNotContain("DL3007", pinned.Out);
    }

    [Fact]
    public void Build_arg_can_also_make_a_finding()
    {
        using var dir = TempDirectory.WithDockerfile(PinnedByDefault);
        Assert.DoesNotContain("DL3007", Lint(dir).Out);
        Assert.Contains("Dockerfile:2:6: warning: ", Lint(dir, "--build-arg", "TAG=latest").Out);
    }

    [Fact]
    public void Build_arg_is_repeatable_and_the_last_value_wins()
    {
        using var dir = TempDirectory.WithDockerfile(PinnedByDefault);
        Assert.Contains("[DL3007]", Lint(dir, "--build-arg", "TAG=24.04", "--build-arg", "TAG=latest").Out);
        Assert.DoesNotContain("DL3007", Lint(dir, "--build-arg", "TAG=latest", "--build-arg", "TAG=24.04").Out);
    }

    [Fact]
    public void Build_arg_without_a_value_takes_it_from_the_environment()
    {
        using var dir = TempDirectory.WithDockerfile(PinnedByDefault);
        var args = Samples.OnlyRules("DL3007").With("-f", "gnu", "--build-arg", "TAG", "Dockerfile");
        Assert.Contains("[DL3007]", CliRunner.Run(dir.Path, args, environment: new Dictionary<string, string?> { ["TAG"] = "latest" }).Out);
        Assert.DoesNotContain("DL3007", CliRunner.Run(dir.Path, args).Out);
    }

    [Fact]
    public void Build_arg_without_a_name_is_a_usage_error()
    {
        using var dir = TempDirectory.WithDockerfile(PinnedByDefault);
        var run = Lint(dir, "--build-arg", "=latest");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--build-arg expects KEY=VALUE, got '=latest'", run.Error);
    }

    [Theory]
    [InlineData("build-args:\n  TAG: latest\n")]
    [InlineData("build-args:\n  - TAG=latest\n")]
    public void Build_args_in_the_configuration_file_reach_the_rules(string config)
    {
        using var dir = TempDirectory.WithDockerfile(PinnedByDefault);
        dir.Write(".dockerfile-lint.yaml", config);
        Assert.Contains("[DL3007]", Lint(dir).Out);
        Assert.DoesNotContain("DL3007", Lint(dir, "--build-arg", "TAG=24.04").Out);
    }

    [Fact]
    public void Build_args_without_a_value_in_the_configuration_file_are_refused()
    {
        using var dir = TempDirectory.WithDockerfile(PinnedByDefault);
        dir.Write(".dockerfile-lint.yaml", "build-args:\n  - TAG\n");
        var run = Lint(dir);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("each build argument needs a name and a value", run.Error);
    }

    [Fact]
    public void BUILDKIT_DOCKERFILE_CHECK_replaces_the_check_directive()
    {
        using var dir = TempDirectory.WithDockerfile("# check=skip=MaintainerDeprecated\nFROM debian:12\nMAINTAINER me\nCMD [\"true\"]\n");
        var only = Samples.OnlyRules("DL4000").With("-f", "gnu");
        Assert.DoesNotContain("DL4000", CliRunner.Run(dir.Path, only.With("Dockerfile")).Out);
        var replaced = CliRunner.Run(dir.Path, only.With("--build-arg", "BUILDKIT_DOCKERFILE_CHECK=skip=JSONArgsRecommended;error=true", "Dockerfile"));
        Assert.Contains("Dockerfile:3:1: error: Maintainer instruction is deprecated in favor of using label [DL4000]", replaced.Out);
    }

    [Fact]
    public void An_invalid_BUILDKIT_DOCKERFILE_CHECK_is_a_usage_error_as_BuildKit_refuses_it()
    {
        using var dir = TempDirectory.WithDockerfile(PinnedByDefault);
        var run = Lint(dir, "--build-arg", "BUILDKIT_DOCKERFILE_CHECK=skip");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--build-arg BUILDKIT_DOCKERFILE_CHECK: failed to parse check options: invalid check option \"skip\"", run.Error);
    }

    [Fact]
    public void An_invalid_BUILDKIT_DOCKERFILE_CHECK_in_the_configuration_file_is_a_configuration_error()
    {
        using var dir = TempDirectory.WithDockerfile(PinnedByDefault);
        dir.Write(".dockerfile-lint.yaml", "build-args:\n  BUILDKIT_DOCKERFILE_CHECK: error=often\n");
        var run = Lint(dir);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("BUILDKIT_DOCKERFILE_CHECK: failed to parse check options: failed to parse check option \"error=often\"", run.Error);
    }
}
