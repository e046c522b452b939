using System.Text.Json;
using NJsonSchema;

namespace Dockerfile.Linter.Cli.Tests.Commands;

public class LintOutputTests
{
    private static readonly string[] Only = Samples.OnlyRules("DL3007", "DL4000");

    [Fact]
    public void Terminal_output_has_code_frames_colours_and_a_summary()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("Dockerfile"), terminal: true);
        Assert.Contains("\u001b[", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 | FROM ubuntu:latest", StripAnsi(run.Out));
        Assert.Contains("  |      ^^^^^^^^^^^^^", StripAnsi(run.Out));
        Assert.Contains("Found 2 problems (1 warning, 1 info) in 1 of 1 file.", StripAnsi(run.Out));
    }

    [Fact]
    public void No_color_option_and_NO_COLOR_variable_switch_colours_off()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var flag = CliRunner.Run(dir.Path, Only.With("--no-color", "Dockerfile"), terminal: true);
        var variable = CliRunner.Run(dir.Path, Only.With("Dockerfile"), terminal: true,
            environment: new Dictionary<string, string?> { ["NO_COLOR"] = "1" });
        Assert.DoesNotContain("\u001b[", flag.Out, StringComparison.Ordinal);
        Assert.Contains("^^^^", flag.Out);
        Assert.Equal(flag.Out, variable.Out);
    }

    [Fact]
    public void Not_a_terminal_gives_plain_lines()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("Dockerfile"));
        Assert.DoesNotContain("\u001b[", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("^", run.Out);
        Assert.StartsWith("Dockerfile:1:6 DL3007 warning: ", run.Out);
    }

    [Fact]
    public void Output_option_writes_the_report_to_a_file()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "json", "-o", "report.json", "Dockerfile"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.Path, "report.json")));
        Assert.Equal(2, doc.RootElement.GetProperty("files")[0].GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Unwritable_output_exits_2()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Clean);
        var run = CliRunner.Run(dir.Path, "-o", "no/such/dir/report.txt", "Dockerfile");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("dockerfile-lint: no/such/dir/report.txt: cannot write report:", run.Error);
    }

    [Fact]
    public async Task Json_output_validates_against_the_report_schema()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        dir.Write("other/Dockerfile", Samples.Clean);
        var run = CliRunner.Run(dir.Path, "-f", "json");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Root, "schemas", "dockerfile-lint-report.schema.json"));
        Assert.Empty(schema.Validate(run.Out));
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(["Dockerfile", "other/Dockerfile"], doc.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
    }

    [RequiresSarifSchemaFact]
    public async Task Sarif_output_validates_and_uses_relative_uris()
    {
        using var dir = new TempDirectory();
        dir.Write("svc/Dockerfile", Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, "-f", "sarif");
        var schema = await JsonSchema.FromFileAsync(RepositoryPaths.SarifSchema);
        Assert.Empty(schema.Validate(run.Out));
        Assert.Contains("\"uri\": \"svc/Dockerfile\"", run.Out);
    }

    [Theory]
    [InlineData("checkstyle", "<error line=\"2\" column=\"1\" severity=\"error\"")]
    [InlineData("gitlab", "\"check_name\": \"DL4000\"")]
    [InlineData("github", "::error file=Dockerfile,line=2,col=1,")]
    [InlineData("gnu", "Dockerfile:2:1: error: ")]
    [InlineData("hadolint-json", "\"code\":\"DL4000\"")]
    public void Every_format_is_available_from_the_command_line(string format, string expected)
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        // Under hadolint's preset DL4000 is an error: every format must show how it maps one.
        var run = CliRunner.Run(dir.Path, Only.With("--preset", "hadolint", "-f", format, "Dockerfile"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Out);
    }

    private static string StripAnsi(string text) => System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9;]*m", "");
}
