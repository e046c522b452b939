using System.Diagnostics;
using System.Text;

namespace Dockerfile.Linter.Cli.Tests.Hostile;

/// <summary>Configuration bombs, endless streams and byte-order marks: one-line errors, the other files still reported.</summary>
public class HostileFilesCliTests
{
    private static readonly string[] Only = Samples.OnlyRules("DL3007", "DL4000");

    [Theory]
    [InlineData(".dockerfile-lint.yaml", "ignore: ")]
    [InlineData(".hadolint.yaml", "ignored: ")]
    public void A_configuration_nested_50k_levels_deep_is_a_one_line_error(string name, string prefix)
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        dir.Write(name, prefix + new string('[', 50_000) + "\n");
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile"));
        Assert.Equal(2, run.ExitCode);
        string line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"dockerfile-lint: {name}:1:", line.Replace(dir.Path + "/", ""));
        Assert.Contains("nested deeper than 64 levels", line);
    }

    [Fact]
    public void A_configuration_at_a_sane_depth_still_loads()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.LatestAndMaintainer);
        dir.Write(".dockerfile-lint.yaml", "settings: { DF1201: { max-length: 100 } }\nignore: [DL4000]\n");
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile"));
        Assert.Equal("", run.Error);
        Assert.DoesNotContain("DL4000", run.Out);
    }

    [Fact]
    public void An_endless_stream_is_skipped_with_a_message_and_the_other_file_is_reported()
    {
        if (!File.Exists("/dev/zero")) return;
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "/dev/zero", "Dockerfile"));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("Dockerfile:1:6: warning:", run.Out);
        // A device is never read (a FIFO could block, /dev/zero never ends); a huge regular file is cut at the size limit.
        Assert.Equal("dockerfile-lint: /dev/zero: not a regular file (it is a character device); to lint a stream, pipe it to '-'\n", run.Error);
    }

    [Fact]
    public void An_endless_configuration_is_a_configuration_error()
    {
        if (!File.Exists("/dev/zero")) return;
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        var run = CliRunner.Run(dir.Path, Only.With("-c", "/dev/zero", "Dockerfile"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("configuration file larger than 1024 KiB", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
    }

    [Fact]
    public void A_byte_order_mark_is_not_a_column()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("Dockerfile", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("FROM ubuntu:latest\n")]);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile"));
        Assert.StartsWith("Dockerfile:1:6: warning:", run.Out);

        var frame = CliRunner.Run(dir.Path, Only.With("-f", "tty", "--no-color", "Dockerfile")).Out.Split('\n');
        int source = Array.FindIndex(frame, l => l.StartsWith("1 | ", StringComparison.Ordinal));
        Assert.Equal("1 | FROM ubuntu:latest", frame[source]);
        Assert.Equal("  |      ^^^^^^^^^^^^^", frame[source + 1]);
    }

    [Fact]
    public void Parse_writes_to_an_output_file()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        var run = CliRunner.Run(dir.Path, "parse", "-o", "tree.json", "Dockerfile");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("{", File.ReadAllText(Path.Combine(dir.Path, "tree.json")));
        Assert.Equal(Samples.Latest, File.ReadAllText(Path.Combine(dir.Path, "Dockerfile")));
    }

    [Fact]
    public void Parse_refuses_an_unknown_option_instead_of_reading_it_as_a_path()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        var run = CliRunner.Run(dir.Path, "parse", "--outptu", "x", "Dockerfile");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--outptu", run.Error);
    }
}
