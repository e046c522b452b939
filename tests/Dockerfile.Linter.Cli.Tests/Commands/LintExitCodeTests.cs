namespace Dockerfile.Linter.Cli.Tests.Commands;

public class LintExitCodeTests
{
    private static readonly string[] Only = Samples.OnlyRules("DL3007", "DL4000");

    [Fact]
    public void Clean_file_exits_0()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Clean);
        var run = CliRunner.Run(dir.Path, Only.With("Dockerfile"));
        Assert.True(run.ExitCode == 0, run.ToString());
        // Not a terminal (pre-commit, pipes): no summary line, so nothing at all for a clean file.
        Assert.Equal("", run.Out);
        Assert.Equal("", run.Error);
        var terminal = CliRunner.Run(dir.Path, Only.With("Dockerfile"), terminal: true);
        Assert.Contains("No problems found in 1 file.", terminal.Out);
    }

    [Fact]
    public void Findings_exit_1_and_are_reported_in_position_order()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("--format", "gnu", "Dockerfile"));
        Assert.Equal(1, run.ExitCode);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Dockerfile:1:6: warning: ", lines[0]);
        Assert.EndsWith("[DL3007]", lines[0]);
        Assert.StartsWith("Dockerfile:2:1: info: ", lines[1]);
        Assert.EndsWith("[DL4000]", lines[1]);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    [InlineData("style", 1)]
    [InlineData("none", 1)]
    [InlineData("ignore", 1)]
    [InlineData("NONE", 1)]
    public void Failure_threshold_decides_the_exit_code(string threshold, int expected)
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest); // one warning
        var run = CliRunner.Run(dir.Path, Only.With("--failure-threshold", threshold, "Dockerfile"));
        Assert.True(expected == run.ExitCode, run.ToString());
    }

    [Theory]
    [InlineData("none")]
    [InlineData("ignore")]
    public void Hadolints_none_and_ignore_thresholds_fail_on_every_finding_even_style(string threshold)
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        var run = CliRunner.Run(dir.Path, Only.With("--severity", "DL3007=style", "-t", threshold, "Dockerfile"));
        Assert.True(run.ExitCode == 1, run.ToString());
        var bad = CliRunner.Run(dir.Path, "-t", "never", "Dockerfile");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--failure-threshold must be error, warning, info, style, ignore or none, got 'never'", bad.Error);
    }

    [Fact]
    public void Default_threshold_is_warning_so_info_and_style_findings_pass()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        Assert.Equal(0, CliRunner.Run(dir.Path, Only.With("--severity", "DL3007=style", "Dockerfile")).ExitCode);
        Assert.Equal(0, CliRunner.Run(dir.Path, Only.With("--severity", "DL3007=info", "Dockerfile")).ExitCode);
        Assert.Equal(1, CliRunner.Run(dir.Path, Only.With("--severity", "DL3007=warning", "Dockerfile")).ExitCode);
    }

    [Fact]
    public void The_hadolint_preset_fails_on_info_as_hadolint_does()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        var args = Only.With("--preset", "hadolint", "--severity");
        Assert.Equal(1, CliRunner.Run(dir.Path, args.With("DL3007=info", "Dockerfile")).ExitCode);
        Assert.Equal(0, CliRunner.Run(dir.Path, args.With("DL3007=style", "Dockerfile")).ExitCode);
        // An explicit threshold still wins over the preset's.
        Assert.Equal(0, CliRunner.Run(dir.Path, args.With("DL3007=info", "-t", "warning", "Dockerfile")).ExitCode);
    }

    [Fact]
    public void No_fail_exits_0_with_findings_but_still_reports_them()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("--no-fail", "-f", "gnu", "Dockerfile"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[DL4000]", run.Out);
    }

    [Fact]
    public void Ignore_and_severity_off_remove_findings_and_accept_names_and_aliases()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("--ignore", "latest-tag", "--severity", "MaintainerDeprecated=off", "-f", "gnu", "Dockerfile"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("--ignore", "DL9999")]
    [InlineData("--enable", "no-such-rule")]
    [InlineData("--severity", "DL9999=error")]
    [InlineData("--severity", "DL3007=loud")]
    [InlineData("--severity", "DL3007")]
    [InlineData("--format", "xml")]
    [InlineData("--failure-threshold", "fatal")]
    [InlineData("--preset", "strict")]
    [InlineData("--no-such-option", "x")]
    [InlineData("--context", "missing-dir")]
    public void Usage_errors_exit_2_with_one_clear_line(string option, string value)
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Clean);
        var run = CliRunner.Run(dir.Path, option, value, "Dockerfile");
        Assert.Equal(2, run.ExitCode);
        string line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("dockerfile-lint: ", line);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Missing_path_exits_2_but_other_files_are_still_linted()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "missing/Dockerfile", "Dockerfile"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("dockerfile-lint: missing/Dockerfile: no such file or directory\n", run.Error);
        Assert.Contains("[DL4000]", run.Out);
    }

    [Fact]
    public void Lint_subcommand_and_default_command_are_the_same()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var implicitRun = CliRunner.Run(dir.Path, Only.With("-f", "json", "Dockerfile"));
        var explicitRun = CliRunner.Run(dir.Path, new[] { "lint" }.With(Only).With("-f", "json", "Dockerfile"));
        Assert.Equal(implicitRun, explicitRun);
    }
}
