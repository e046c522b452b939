using System.Diagnostics;

namespace Dockerfile.Linter.Cli.Tests.Hostile;

/// <summary><c>-o</c> never overwrites an input, however it is spelled, and replaces the report atomically.</summary>
public class OutputFileCliTests
{
    private static readonly string[] Only = Samples.OnlyRules("DL3007", "DL4000");

    public static TheoryData<string> Spellings => new() { "direct", "dot-slash", "symlink", "hardlink" };

    private static string OutputFor(TempDirectory dir, string spelling)
    {
        switch (spelling)
        {
            case "direct": return "Dockerfile";
            case "dot-slash": return "./sub/../Dockerfile";
            case "symlink":
                File.CreateSymbolicLink(Path.Combine(dir.Path, "report.txt"), Path.Combine(dir.Path, "Dockerfile"));
                return "report.txt";
            default:
                using (var ln = Process.Start(new ProcessStartInfo("ln", [Path.Combine(dir.Path, "Dockerfile"), Path.Combine(dir.Path, "report.txt")]))!)
                    ln.WaitForExit();
                return "report.txt";
        }
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Lint_refuses_to_write_the_report_over_an_input(string spelling)
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        Directory.CreateDirectory(Path.Combine(dir.Path, "sub"));
        string output = OutputFor(dir, spelling);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "json", "-o", output, "Dockerfile"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"dockerfile-lint: {output}: refusing to write the report over an input file (choose another --output)\n", run.Error);
        Assert.Equal(Samples.Latest, File.ReadAllText(Path.Combine(dir.Path, "Dockerfile")));
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Parse_refuses_to_write_over_an_input(string spelling)
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        Directory.CreateDirectory(Path.Combine(dir.Path, "sub"));
        string output = OutputFor(dir, spelling);
        var run = CliRunner.Run(dir.Path, "parse", "-o", output, "Dockerfile");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("refusing to write the report over an input file", run.Error);
        Assert.Equal(Samples.Latest, File.ReadAllText(Path.Combine(dir.Path, "Dockerfile")));
    }

    [Fact]
    public void The_configuration_file_is_an_input_too()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        dir.Write(".dockerfile-lint.yaml", "ignore: [DL4000]\n");
        var run = CliRunner.Run(dir.Path, Only.With("-o", ".dockerfile-lint.yaml", "Dockerfile"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("ignore: [DL4000]\n", File.ReadAllText(Path.Combine(dir.Path, ".dockerfile-lint.yaml")));
    }

    [Fact]
    public void A_report_replaces_an_existing_file_and_leaves_no_temporary_file()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        dir.Write("out/report.json", "old");
        var run = CliRunner.Run(dir.Path, Only.With("-f", "json", "-o", "out/report.json", "Dockerfile"));
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("{", File.ReadAllText(Path.Combine(dir.Path, "out/report.json")));
        Assert.Equal(["report.json"], Directory.GetFiles(Path.Combine(dir.Path, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void An_unwritable_output_leaves_the_old_report_and_no_temporary_file()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        var run = CliRunner.Run(dir.Path, Only.With("-o", "missing-folder/report.txt", "Dockerfile"));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("dockerfile-lint: missing-folder/report.txt: cannot write report:", run.Error);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "missing-folder")));
    }
}
