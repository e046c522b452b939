using System.Text;

namespace Dockerfile.Linter.Cli.Tests.Commands;

/// <summary><c>--fix</c>, <c>--unsafe-fixes</c> and <c>--diff</c> on real files.</summary>
public class LintFixTests
{
    // DF6004 (instruction casing) and DF1203 (sorted package lists) have safe fixes; DL3008 has none; DL4000's is unsafe.
    // The hadolint preset keeps DL3008 on as a warning and fails on info (DL4000), whatever the recommended preset decides.
    private static readonly string[] Only = Samples.OnlyRulesUnderHadolintPreset("DF6004", "DF1203", "DL3008", "DL4000");

    private const string Unsorted = "FROM debian:12\nRUN apt-get install -y \\\n    zlib \\\n    curl \\\n    bash\nrun echo hi\n";
    private const string Sorted = "FROM debian:12\nRUN apt-get install -y \\\n    bash \\\n    curl \\\n    zlib\nRUN echo hi\n";

    [Fact]
    public void Fix_rewrites_the_file_keeping_crlf_and_bom_and_reports_what_remains()
    {
        using var dir = new TempDirectory();
        byte[] bom = [0xEF, 0xBB, 0xBF];
        string path = dir.WriteBytes("Dockerfile", [.. bom, .. Encoding.UTF8.GetBytes(Unsorted.Replace("\n", "\r\n"))]);

        var run = CliRunner.Run(dir.Path, Only.With("--fix", "-f", "gnu", "Dockerfile"));

        Assert.True(run.ExitCode == 1, run.ToString());   // the unpinned packages remain, and they are a warning
        Assert.Equal([.. bom, .. Encoding.UTF8.GetBytes(Sorted.Replace("\n", "\r\n"))], File.ReadAllBytes(path));
        Assert.Equal("Dockerfile:3:5: warning: Packages 'bash', 'curl' and 'zlib' are installed without a pinned version; use 'package=<version>' [DL3008]\n", run.Out);
        Assert.Equal("Fixed 2 findings in 1 file; 1 finding remains.\n", run.Error);
        Assert.Equal(["Dockerfile"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));   // no temporary file left behind
    }

    [Fact]
    public void Fix_exits_0_when_nothing_at_the_threshold_remains()
    {
        using var dir = TempDirectory.WithDockerfile("FROM debian:12\nrun echo hi\nRUN echo there\n");
        var run = CliRunner.Run(dir.Path, Only.With("--fix", "Dockerfile"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("FROM debian:12\nRUN echo hi\nRUN echo there\n", File.ReadAllText(Path.Combine(dir.Path, "Dockerfile")));
        Assert.Equal("", run.Out);   // plain output to a pipe: no findings, and no summary line
        Assert.Equal("Fixed 1 finding in 1 file; 0 findings remain.\n", run.Error);
    }

    [Fact]
    public void Unsafe_fixes_are_applied_only_with_unsafe_fixes()
    {
        const string text = "FROM alpine:3.20\nMAINTAINER me\n";
        using var dir = TempDirectory.WithDockerfile(text);
        string path = Path.Combine(dir.Path, "Dockerfile");

        var safe = CliRunner.Run(dir.Path, Only.With("--fix", "-f", "gnu", "Dockerfile"));
        Assert.True(safe.ExitCode == 1, safe.ToString());
        Assert.Equal(text, File.ReadAllText(path));
        Assert.Contains("[DL4000]", safe.Out);
        Assert.Equal(
            "No fixes applied; 1 finding remains.\n" +
            "1 more finding can be fixed with --unsafe-fixes (review the change: it may alter the image).\n", safe.Error);

        var all = CliRunner.Run(dir.Path, Only.With("--fix", "--unsafe-fixes", "-f", "gnu", "Dockerfile"));
        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.Equal("FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"me\"\n", File.ReadAllText(path));
        Assert.Equal("", all.Out);
        Assert.Equal("Fixed 1 finding in 1 file; 0 findings remain.\n", all.Error);
    }

    [Fact]
    public void Diff_prints_a_unified_diff_exits_1_and_writes_nothing()
    {
        using var dir = TempDirectory.WithDockerfile(Unsorted);
        var run = CliRunner.Run(dir.Path, Only.With("--diff", "Dockerfile"));
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(
            """
            --- Dockerfile
            +++ Dockerfile
            @@ -1,6 +1,6 @@
             FROM debian:12
             RUN apt-get install -y \
            -    zlib \
            +    bash \
                 curl \
            -    bash
            -run echo hi
            +    zlib
            +RUN echo hi

            """.ReplaceLineEndings("\n"), run.Out);
        Assert.Equal(Unsorted, File.ReadAllText(Path.Combine(dir.Path, "Dockerfile")));
        Assert.Equal("Would fix 2 findings in 1 file; 1 finding would remain.\n", run.Error);
    }

    [Fact]
    public void Diff_of_a_file_with_nothing_to_fix_is_empty_and_exits_0()
    {
        using var dir = TempDirectory.WithDockerfile(Sorted);
        var run = CliRunner.Run(dir.Path, Only.With("--diff", "Dockerfile"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Out);
        Assert.Equal("Nothing to fix; 1 finding would remain.\n", run.Error);
    }

    [Fact]
    public void Fix_handles_several_files_and_reports_each()
    {
        using var dir = new TempDirectory();
        dir.Write("a/Dockerfile", Unsorted);
        dir.Write("b/Dockerfile", "FROM debian:12\nRUN apt-get install -y curl\n");
        dir.Write("c/Dockerfile", "FROM debian:12\nRUN echo hi\n");

        var run = CliRunner.Run(dir.Path, Only.With("--fix", "-f", "gnu", "a/Dockerfile", "b/Dockerfile", "c/Dockerfile"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(Sorted, File.ReadAllText(Path.Combine(dir.Path, "a/Dockerfile")));
        Assert.Equal(
            "a/Dockerfile:3:5: warning: Packages 'bash', 'curl' and 'zlib' are installed without a pinned version; use 'package=<version>' [DL3008]\n" +
            "b/Dockerfile:2:24: warning: Package 'curl' is installed without a pinned version; use 'package=<version>' [DL3008]\n",
            run.Out.Replace('\\', '/'));
        Assert.Equal("Fixed 2 findings in 1 file; 2 findings remain.\n", run.Error);
    }

    [Fact]
    public void A_read_only_file_is_left_alone_with_one_line_and_exit_2()
    {
        using var dir = TempDirectory.WithDockerfile(Unsorted);
        string path = Path.Combine(dir.Path, "Dockerfile");
        if (OperatingSystem.IsWindows()) File.SetAttributes(path, FileAttributes.ReadOnly);
        else File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        try
        {
            var run = CliRunner.Run(dir.Path, Only.With("--fix", "-f", "gnu", "Dockerfile"));
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Equal(Unsorted, File.ReadAllText(path));
            var errors = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("dockerfile-lint: Dockerfile: cannot write fixes: the file is read-only", errors[0]);
            Assert.Equal("No fixes applied; 3 findings remain.", errors[1]);
            Assert.Equal(3, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);   // the file is reported as it is
        }
        finally
        {
            if (OperatingSystem.IsWindows()) File.SetAttributes(path, FileAttributes.Normal);
        }
    }

    [Fact]
    public void Fix_keeps_utf16_files_utf16()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteBytes("Dockerfile", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("FROM a:1\nrun x\nRUN y\n")]);
        var run = CliRunner.Run(dir.Path, Only.With("--fix", "Dockerfile"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("FROM a:1\nRUN x\nRUN y\n")], File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_that_is_not_valid_utf8_is_not_rewritten()
    {
        using var dir = new TempDirectory();
        byte[] content = [.. Encoding.UTF8.GetBytes("FROM a:1\n# caf"), 0xE9, .. Encoding.UTF8.GetBytes("\nrun x\nRUN y\n")];
        string path = dir.WriteBytes("Dockerfile", content);
        var run = CliRunner.Run(dir.Path, Only.With("--fix", "Dockerfile"));
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(content, File.ReadAllBytes(path));
        Assert.Contains("dockerfile-lint: Dockerfile: not fixed: the file is not valid text in its encoding", run.Error);
    }

    [Fact]
    public void Fix_of_standard_input_prints_the_fixed_text_and_reports_on_stderr()
    {
        using var dir = new TempDirectory();
        var run = CliRunner.Run(dir.Path, Only.With("--fix", "-f", "gnu", "-"), stdin: "FROM a:1\nrun x\nRUN apt-get install -y curl\n");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("FROM a:1\nRUN x\nRUN apt-get install -y curl\n", run.Out);
        Assert.Equal(
            "-:3:24: warning: Package 'curl' is installed without a pinned version; use 'package=<version>' [DL3008]\n" +
            "Fixed 1 finding in 1 file; 1 finding remains.\n", run.Error);
    }

    [Fact]
    public void Fix_through_a_symbolic_link_rewrites_the_target_and_keeps_the_link()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDirectory();
        string target = dir.Write("real/Dockerfile", Unsorted);
        string link = Path.Combine(dir.Path, "Dockerfile");
        File.CreateSymbolicLink(link, target);
        var run = CliRunner.Run(dir.Path, Only.With("--fix", "Dockerfile"));
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(Sorted, File.ReadAllText(target));
    }

    [Theory]
    [InlineData("--unsafe-fixes", "--unsafe-fixes needs --fix or --diff")]
    [InlineData("--diff -f json", "--diff prints a unified diff to stdout; it cannot be combined with --format or --output")]
    [InlineData("--diff -o report.txt", "--diff prints a unified diff to stdout; it cannot be combined with --format or --output")]
    public void Misused_fix_options_are_usage_errors(string options, string message)
    {
        using var dir = TempDirectory.WithDockerfile(Unsorted);
        var run = CliRunner.Run(dir.Path, [.. options.Split(' '), "Dockerfile"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"dockerfile-lint: {message}\n", run.Error);
        Assert.Equal(Unsorted, File.ReadAllText(Path.Combine(dir.Path, "Dockerfile")));
    }
}
