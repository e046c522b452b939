using System.Text.Json;

namespace Dockerfile.Linter.Cli.Tests.Commands;

/// <summary>Several reports in one run, colours, and the options of the CI formats.</summary>
public class ReportTargetTests
{
    private static readonly string[] Only = Samples.OnlyRulesUnderHadolintPreset("DL3007", "DL4000");   // DL4000 an error, as hadolint has it

    [Fact]
    public void Repeated_format_writes_sarif_to_a_file_and_tty_to_the_console()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "tty", "-f", "sarif:out/report.sarif", "-f", "gnu:gnu.txt", "Dockerfile"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Found 2 problems (1 error, 1 warning) in 1 of 1 file.", run.Out);
        Assert.Contains("^^^^", run.Out);
        // -f sarif:out/report.sarif: a missing folder is an I/O error, reported and exit 2; the other reports are still written.
        Assert.Contains("out/report.sarif: cannot write report", run.Error);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(dir.Path, "gnu.txt")).Length);

        Directory.CreateDirectory(Path.Combine(dir.Path, "out"));
        var again = CliRunner.Run(dir.Path, Only.With("-f", "tty", "-f", "sarif:out/report.sarif", "Dockerfile"));
        Assert.Equal(1, again.ExitCode);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.Path, "out", "report.sarif")));
        Assert.Equal(2, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Output_takes_the_report_without_its_own_file_and_two_reports_cannot_share_stdout()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "json", "-f", "gnu:gnu.txt", "-o", "report.json", "Dockerfile"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.True(File.Exists(Path.Combine(dir.Path, "report.json")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "gnu.txt")));

        var clash = CliRunner.Run(dir.Path, "-f", "json", "-f", "gnu", "Dockerfile");
        Assert.Equal(2, clash.ExitCode);
        Assert.Contains("2 formats would write to stdout: give all but one a file (-f FORMAT:FILE)", clash.Error);
        var unused = CliRunner.Run(dir.Path, "-f", "json:a.json", "-o", "b.json", "Dockerfile");
        Assert.Equal(2, unused.ExitCode);
        Assert.Contains("--output has no report to write", unused.Error);
        Assert.False(File.Exists(Path.Combine(dir.Path, "a.json"))); // refused before anything is written
        var empty = CliRunner.Run(dir.Path, "-f", "sarif:", "Dockerfile");
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("no file name after ':'", empty.Error);
    }

    [Theory]
    [InlineData(new string[] { "--color", "always" }, null, false, true)]
    [InlineData(new string[] { "--color", "never" }, null, true, false)]
    [InlineData(new string[] { "--color", "auto" }, null, true, true)]
    [InlineData(new string[] { "--color", "auto" }, null, false, false)]
    [InlineData(new string[0], "FORCE_COLOR=1", false, true)]
    [InlineData(new string[0], "CLICOLOR_FORCE=1", false, true)]
    [InlineData(new string[0], "FORCE_COLOR=0", false, false)]
    [InlineData(new string[0], "NO_COLOR=1", true, false)]
    [InlineData(new string[] { "--color", "always" }, "NO_COLOR=1", false, true)]
    [InlineData(new string[] { "--no-color" }, "FORCE_COLOR=1", true, false)]
    public void Color_option_and_environment_decide_ansi_colours(string[] args, string? variable, bool terminal, bool expected)
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        var environment = new Dictionary<string, string?>();
        if (variable is not null) environment[variable[..variable.IndexOf('=')]] = variable[(variable.IndexOf('=') + 1)..];
        var run = CliRunner.Run(dir.Path, Only.With(args).With("-f", "tty", "Dockerfile"), environment: environment, terminal: terminal);
        Assert.Equal(expected, run.Out.Contains('\u001b'));
        Assert.Contains("DL3007", run.Out);
    }

    [Fact]
    public void Colour_never_goes_into_a_report_file_unless_always()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        var force = new Dictionary<string, string?> { ["FORCE_COLOR"] = "1" };
        CliRunner.Run(dir.Path, Only.With("-f", "tty:plain.txt", "Dockerfile"), environment: force);
        Assert.DoesNotContain('\u001b', File.ReadAllText(Path.Combine(dir.Path, "plain.txt")));
        CliRunner.Run(dir.Path, Only.With("--color", "always", "-f", "tty:colour.txt", "Dockerfile"));
        Assert.Contains('\u001b', File.ReadAllText(Path.Combine(dir.Path, "colour.txt")));
    }

    [Fact]
    public void Github_format_caps_annotations_and_the_cap_is_configurable()
    {
        using var dir = new TempDirectory();
        for (int i = 0; i < 12; i++) dir.Write($"s{i:00}/Dockerfile", Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "github"));
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(10, lines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Equal(10, lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        Assert.StartsWith("::error ", lines[0]);
        Assert.Contains("::notice title=dockerfile-lint::4 more findings are not shown as annotations", run.Out);

        var three = CliRunner.Run(dir.Path, Only.With("-f", "github", "--github-max-annotations", "3"));
        Assert.Equal(3, three.Out.Split('\n').Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Contains("18 more findings", three.Out);
        var all = CliRunner.Run(dir.Path, Only.With("-f", "github", "--github-max-annotations", "0"));
        Assert.Equal(12, all.Out.Split('\n').Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Equal(2, CliRunner.Run(dir.Path, "-f", "github", "--github-max-annotations", "-1").ExitCode);
    }

    [Fact]
    public void Sarif_describes_only_used_rules_unless_asked_for_all()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        int RuleCount(params string[] extra)
        {
            var run = CliRunner.Run(dir.Path, ["-f", "sarif", .. extra, "Dockerfile"]);
            using var doc = JsonDocument.Parse(run.Out);
            return doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength();
        }
        int used = RuleCount();
        Assert.InRange(used, 2, 10);
        Assert.Equal(used, RuleCount("--sarif-rules", "used"));
        Assert.Equal(Linting.RuleCatalog.All.Count, RuleCount("--sarif-rules", "all"));
    }

    [Fact]
    public void Plain_output_to_a_pipe_has_no_summary_so_batches_do_not_read_as_separate_runs()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("Dockerfile"));
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Dockerfile:1:6 DL3007 warning: ", lines[0]);
        Assert.StartsWith("Dockerfile:2:1 DL4000 error: ", lines[1]);
        Assert.DoesNotContain("Found", run.Out);
        Assert.Contains("Found 2 problems", CliRunner.Run(dir.Path, Only.With("-f", "tty", "Dockerfile")).Out);
    }
}
