using System.Text.Json;

namespace Dockerfile.Linter.Cli.Tests.Commands;

/// <summary>hadolint's command line as a hadolint user types it.</summary>
public class HadolintCompatibilityTests
{
    private static readonly string[] Only = Samples.OnlyRules("DL3007", "DL4000");

    [Theory]
    [InlineData("gitlab_codeclimate")]
    [InlineData("gitlab")]
    public void Gitlab_codeclimate_is_the_gitlab_report(string format)
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("-f", format, "Dockerfile"));
        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
        Assert.Equal("DL3007", doc.RootElement[0].GetProperty("check_name").GetString());
        Assert.Equal("major", doc.RootElement[0].GetProperty("severity").GetString());
    }

    [Fact]
    public void Codeclimate_writes_nul_separated_issues()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "codeclimate", "Dockerfile"));
        var issues = run.Out.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, issues.Length);
        using var second = JsonDocument.Parse(issues[1]);
        Assert.Equal("DL4000", second.RootElement.GetProperty("check_name").GetString());
        Assert.Equal(2, second.RootElement.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
    }

    [Fact]
    public void Sonarqube_writes_the_generic_issue_import_format()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "sonarqube", "Dockerfile"));
        using var doc = JsonDocument.Parse(run.Out);
        var rules = doc.RootElement.GetProperty("rules");
        Assert.Equal(["DL3007", "DL4000"], rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules.EnumerateArray(), r => Assert.Equal("dockerfile-lint", r.GetProperty("engineId").GetString()));
        var issue = doc.RootElement.GetProperty("issues")[0];
        Assert.Equal("DL3007", issue.GetProperty("ruleId").GetString());
        var location = issue.GetProperty("primaryLocation");
        Assert.Equal("Dockerfile", location.GetProperty("filePath").GetString());
        // "ubuntu:latest" starts at 1-based column 6: 0-based 5, end exclusive 18.
        Assert.Equal(5, location.GetProperty("textRange").GetProperty("startColumn").GetInt32());
        Assert.Equal(18, location.GetProperty("textRange").GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void Codacy_writes_one_object_per_line()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "codacy", "Dockerfile"));
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("DL3007", first.RootElement.GetProperty("patternId").GetString());
        Assert.Equal("Dockerfile", first.RootElement.GetProperty("filename").GetString());
        Assert.Equal(1, first.RootElement.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Junit_is_refused_with_what_to_use_instead()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Clean);
        var run = CliRunner.Run(dir.Path, "-f", "junit", "Dockerfile");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("dockerfile-lint: --format junit is not supported: use checkstyle", run.Error);
        var typo = CliRunner.Run(dir.Path, "-f", "sarf", "Dockerfile");
        Assert.Contains("unknown format 'sarf' (did you mean 'sarif'?", typo.Error);
    }

    [Fact]
    public void Require_label_and_strict_labels_drive_the_label_schema_rules()
    {
        using var dir = TempDirectory.WithDockerfile("FROM debian:12\nLABEL maintainer=\"x\" version=\"not-semver\"\nCMD [\"true\"]\n");
        string[] labels = Samples.OnlyRules("DL3049", "DL3050", "DL3056");
        var run = CliRunner.Run(dir.Path, labels.With("-f", "gnu", "--require-label", "version:semver", "--require-label", "org:text", "Dockerfile"));
        Assert.Contains("[DL3049]", run.Out); // 'org' is missing
        Assert.Contains("[DL3056]", run.Out); // 'version' is not a semantic version
        Assert.DoesNotContain("[DL3050]", run.Out); // not strict yet
        var strict = CliRunner.Run(dir.Path, labels.With("-f", "gnu", "--require-label", "version:semver", "--strict-labels", "Dockerfile"));
        Assert.Contains("[DL3050]", strict.Out); // 'maintainer' is not in the schema
        var bad = CliRunner.Run(dir.Path, "--require-label", "version:number", "Dockerfile");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--require-label version:number: type must be one of text, url, semver", bad.Error);
    }

    [Fact]
    public void File_path_in_report_renames_the_single_linted_file()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "--file-path-in-report", "docker/Dockerfile.prod", "-"), stdin: Samples.Latest);
        Assert.StartsWith("docker/Dockerfile.prod:1:6: warning:", run.Out);
        dir.Write("other/Dockerfile", Samples.Latest);
        var several = CliRunner.Run(dir.Path, "--file-path-in-report", "x", "Dockerfile", "other/Dockerfile");
        Assert.Equal(2, several.ExitCode);
        Assert.Contains("--file-path-in-report names one file, but 2 files are linted", several.Error);
    }

    [Theory]
    [InlineData("-V")]
    [InlineData("--verbose")]
    public void Verbose_says_which_configuration_each_file_uses(string flag)
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        dir.Write(".hadolint.yaml", "failure-threshold: warning\nignored: [DL3008]\n");
        var run = CliRunner.Run(dir.Path, Only.With(flag, "-f", "gnu", "Dockerfile"));
        Assert.Contains("dockerfile-lint: configuration .hadolint.yaml for Dockerfile", run.Error);
        Assert.Contains("failure threshold warning", run.Error);
        Assert.Contains("linted 1 of 1 file(s); 1 finding(s); exit code 1", run.Error);
        Assert.DoesNotContain("configuration", CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile")).Error);
    }

    [Theory]
    [InlineData("-v")]
    [InlineData("--version")]
    public void Version_flags_print_the_version(string flag)
    {
        // In-process the version printed is the entry assembly's (the test host); the real tool prints its own.
        var run = CliRunner.RunInEmptyDirectory(flag);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out);
        Assert.Equal(CliRunner.RunInEmptyDirectory("--version").Out, run.Out);
    }

    [Fact]
    public void ShellCheck_codes_in_a_hadolint_file_give_one_note_per_run_and_only_where_someone_reads_it()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        dir.Write("a/Dockerfile", Samples.Latest);
        dir.Write("a/.hadolint.yaml", "ignored: [SC2140, SC2129, SC2086]\n");
        dir.Write(".hadolint.yaml", "ignored: [SC2140]\n");
        var piped = CliRunner.Run(dir.Path, Only.With("Dockerfile", "a/Dockerfile"));
        Assert.Equal("", piped.Error);
        var terminal = CliRunner.Run(dir.Path, Only.With("Dockerfile", "a/Dockerfile"), terminal: true);
        var notes = terminal.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["dockerfile-lint: note: ShellCheck codes in the configuration (SC2129, SC2140) are accepted and ignored: dockerfile-lint does not implement these ShellCheck checks"], notes);
    }

    [Fact]
    public void Hadolint_severity_flags_and_disable_ignore_pragma_work()
    {
        using var dir = TempDirectory.WithDockerfile("# hadolint ignore=DL4000\n" + Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "--error", "DL3007", "--style", "DL3007", "--disable-ignore-pragma", "Dockerfile"));
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.StartsWith("Dockerfile:2:6: error: ", lines[0]); // error beats style, as in hadolint
        Assert.EndsWith("[DL4000]", lines[1]);                 // the pragma is ignored
        var info = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "--info", "DL3007", "Dockerfile"));
        Assert.StartsWith("Dockerfile:2:6: info: ", info.Out);
    }
}
