using System.Text;

namespace Dockerfile.Linter.Cli.Tests.Commands;

public class LintInputTests
{
    private static readonly string[] Only = Samples.OnlyRules("DL3007", "DL4000");

    [Fact]
    public void Stdin_is_linted_under_the_stdin_filename()
    {
        using var dir = new TempDirectory();
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "--stdin-filename", "images/Dockerfile", "-"), stdin: Samples.Latest);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("images/Dockerfile:1:6: warning: ", run.Out);
    }

    [Fact]
    public void Stdin_without_a_name_is_reported_as_dash()
    {
        using var dir = new TempDirectory();
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "-"), stdin: Samples.Latest);
        Assert.StartsWith("-:1:6: warning: ", run.Out);
    }

    [Fact]
    public void No_path_lints_the_working_directory()
    {
        using var dir = new TempDirectory();
        dir.Write("deploy/Dockerfile", Samples.Latest);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu"));
        Assert.StartsWith("deploy/Dockerfile:1:6:", run.Out);
    }

    [Fact]
    public void Binary_file_is_reported_and_other_files_are_still_linted()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("blob.Dockerfile", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00, 0xFF]);
        dir.Write("Dockerfile", Samples.Latest);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("dockerfile-lint: blob.Dockerfile: not a text file (it contains NUL bytes); skipped\n", run.Error);
        Assert.StartsWith("Dockerfile:1:6:", run.Out);
    }

    [Fact]
    public void Text_that_is_not_a_dockerfile_gets_findings_not_a_crash()
    {
        using var dir = new TempDirectory();
        dir.Write("notes.Dockerfile", "# Notes\n\nThis is *markdown*, not a Dockerfile.\n- item\n");
        var run = CliRunner.Run(dir.Path, "-f", "json", "notes.Dockerfile");
        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        Assert.Equal("", run.Error);
        Assert.Contains("\"path\": \"notes.Dockerfile\"", run.Out);
    }

    [Fact]
    public void Empty_file_is_linted_without_crashing()
    {
        using var dir = TempDirectory.WithDockerfile("");
        var run = CliRunner.Run(dir.Path, "-f", "json", "Dockerfile");
        Assert.NotEqual(2, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("\"path\": \"Dockerfile\"", run.Out);
    }

    [Fact]
    public void Invalid_utf8_is_linted_with_a_warning()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("Dockerfile", [.. Encoding.UTF8.GetBytes("FROM ubuntu:latest\nLABEL x=\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"\n")]);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Dockerfile: is not valid UTF-8", run.Error);
        Assert.StartsWith("Dockerfile:1:6: warning:", run.Out);
    }

    [Fact]
    public void Bom_and_crlf_files_get_the_same_findings_on_the_same_lines()
    {
        using var dir = new TempDirectory();
        dir.Write("lf.Dockerfile", Samples.LatestAndMaintainer);
        dir.WriteBytes("crlf.Dockerfile", Encoding.UTF8.GetBytes(Samples.LatestAndMaintainer.Replace("\n", "\r\n")));
        dir.WriteBytes("bom.Dockerfile", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Samples.LatestAndMaintainer)]);
        List<(string, string)> Findings(string file) => CliRunner.Run(dir.Path, Only.With("-f", "gnu", file)).Out
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(':'))
            .Select(p => (p[1], p[^1]))
            .ToList();
        var expected = Findings("lf.Dockerfile");
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, Findings("crlf.Dockerfile"));
        Assert.Equal(expected, Findings("bom.Dockerfile"));
    }

    [Fact]
    public void Fifty_megabyte_file_is_linted()
    {
        using var dir = new TempDirectory();
        var text = new StringBuilder("FROM ubuntu:latest\n");
        string padding = "# " + new string('x', 1021) + "\n";
        while (text.Length < 50 * 1024 * 1024) text.Append(padding);
        dir.Write("Dockerfile", text.ToString());
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.StartsWith("Dockerfile:1:6: warning:", run.Out);
    }

    [Fact]
    public void A_directory_named_like_a_dockerfile_is_searched_not_read()
    {
        using var dir = new TempDirectory();
        dir.Write("Dockerfile/Dockerfile", Samples.Latest);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile"));
        Assert.StartsWith("Dockerfile/Dockerfile:1:6:", run.Out);
    }
}
