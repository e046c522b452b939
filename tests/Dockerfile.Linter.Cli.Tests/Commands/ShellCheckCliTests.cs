namespace Dockerfile.Linter.Cli.Tests.Commands;

/// <summary><c>--shellcheck</c> and <c>shellcheck: true</c>: the shellcheck executable on the environment's PATH (DF0004).</summary>
public class ShellCheckCliTests
{
    private const string Dockerfile = "FROM debian:12\nRUN make; if [ $? -ne 0 ]; then exit 1; fi\n";
    private static readonly string[] Only = Samples.OnlyRules("DF0004");

    private static Dictionary<string, string?> PathOf(string? folder) => new() { ["PATH"] = folder };

    [Fact]
    public void A_missing_executable_is_one_line_and_exit_code_2()
    {
        using var dir = TempDirectory.WithDockerfile(Dockerfile);
        var run = CliRunner.Run(dir.Path, ["--shellcheck", "Dockerfile"], environment: PathOf("/nonexistent"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal("dockerfile-lint: --shellcheck (or 'shellcheck: true'): no 'shellcheck' executable on PATH; " +
                     "install ShellCheck (apt-get install shellcheck) or leave the option out\n", run.Error);
    }

    [Fact]
    public void Without_the_option_no_executable_is_needed()
    {
        using var dir = TempDirectory.WithDockerfile(Dockerfile);
        var run = CliRunner.Run(dir.Path, [.. Only, "-f", "gnu", "Dockerfile"], environment: PathOf("/nonexistent"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
    }

    [RequiresShellCheckFact]
    public void The_option_reports_shellcheck_codes_at_their_place()
    {
        using var dir = TempDirectory.WithDockerfile(Dockerfile);
        var run = CliRunner.Run(dir.Path, [.. Only, "--shellcheck", "-f", "gnu", "Dockerfile"], environment: PathOf(RequiresShellCheckFactAttribute.Folder));
        Assert.StartsWith("Dockerfile:2:16: style: Check exit code directly", run.Out);
        Assert.EndsWith("[SC2181]\n", run.Out);
        // A style finding does not fail the recommended preset's run.
        Assert.Equal(0, run.ExitCode);
    }

    [RequiresShellCheckFact]
    public void The_configuration_switches_it_on_and_configures_its_codes()
    {
        using var dir = TempDirectory.WithDockerfile(Dockerfile + "RUN echo $'x'\n");
        dir.Write(".dockerfile-lint.yaml", "shellcheck: true\nignore: [SC3003]\nseverity:\n  SC2181: error\n");
        var run = CliRunner.Run(dir.Path, [.. Only, "-f", "gnu", "Dockerfile"], environment: PathOf(RequiresShellCheckFactAttribute.Folder));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Dockerfile:2:16: error: ", run.Out[..24]);
        Assert.DoesNotContain("SC3003", run.Out);
        var ignored = CliRunner.Run(dir.Path, [.. Only, "--ignore", "SC2181", "-f", "gnu", "Dockerfile"], environment: PathOf(RequiresShellCheckFactAttribute.Folder));
        Assert.Equal("", ignored.Out);
    }

    [RequiresShellCheckFact]
    public void A_hadolint_file_ignores_shellcheck_codes_as_hadolint_does()
    {
        using var dir = TempDirectory.WithDockerfile(Dockerfile + "RUN echo $'x'\n");
        dir.Write(".hadolint.yaml", "ignored: [SC2181]\n");
        var run = CliRunner.Run(dir.Path, [.. Only, "--enable", "DF0004", "--shellcheck", "-f", "gnu", "Dockerfile"],
            environment: PathOf(RequiresShellCheckFactAttribute.Folder));
        Assert.DoesNotContain("SC2181", run.Out);
        Assert.Contains("[SC3003]", run.Out);
    }

    [Fact]
    public void An_executable_that_writes_garbage_is_a_finding_that_fails_the_run()
    {
        using var dir = TempDirectory.WithDockerfile(Dockerfile);
        string fake = dir.Write("bin/shellcheck", "#!/bin/sh\necho garbage\nexit 1\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var run = CliRunner.Run(dir.Path, [.. Only, "--shellcheck", "-f", "gnu", "Dockerfile"], environment: PathOf(Path.GetDirectoryName(fake)));
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Dockerfile:2:1: warning: shellcheck's output is not JSON", run.Out);
        Assert.EndsWith("ShellCheck's findings for this RUN are missing [DF0004]\n", run.Out);
    }
}
