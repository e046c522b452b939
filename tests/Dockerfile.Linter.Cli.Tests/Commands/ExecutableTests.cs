namespace Dockerfile.Linter.Cli.Tests.Commands;

/// <summary>A few runs through the real executable: process exit codes, real stdin/stdout, no stack traces.</summary>
public class ExecutableTests
{
    [Fact]
    public void Executable_exits_0_1_and_2()
    {
        using var dir = new TempDirectory();
        dir.Write("clean/Dockerfile", Samples.Clean);
        dir.Write("bad/Dockerfile", Samples.LatestAndMaintainer);
        var only = Samples.OnlyRules("DL3007", "DL4000");

        var clean = ProcessRunner.RunBuiltCli(dir.Path, only.With("clean"));
        Assert.True(clean.ExitCode == 0, clean.ToString());

        var bad = ProcessRunner.RunBuiltCli(dir.Path, only.With("-f", "gnu", "bad"));
        Assert.True(bad.ExitCode == 1, bad.ToString());
        Assert.Contains("bad/Dockerfile:2:1: info: ", bad.Out);

        var missing = ProcessRunner.RunBuiltCli(dir.Path, ["missing"]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("dockerfile-lint: missing: no such file or directory", missing.Error.TrimEnd());
    }

    [Fact]
    public void Executable_reads_stdin_and_never_prints_a_stack_trace()
    {
        using var dir = new TempDirectory();
        var only = Samples.OnlyRules("DL3007");
        var run = ProcessRunner.RunBuiltCli(dir.Path, only.With("-f", "hadolint-json", "-"), stdin: Samples.Latest);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("[{\"line\":1,\"code\":\"DL3007\"", run.Out);

        dir.Write(".dockerfile-lint.yaml", "ignore: {broken\n");
        var broken = ProcessRunner.RunBuiltCli(dir.Path, ["-"], stdin: Samples.Latest);
        Assert.Equal(2, broken.ExitCode);
        Assert.DoesNotContain("   at ", broken.Error);
        Assert.StartsWith("dockerfile-lint: .dockerfile-lint.yaml:", broken.Error);
    }

    [Fact]
    public void Executable_prints_its_own_version_for_v_and_version()
    {
        using var dir = new TempDirectory();
        var shortFlag = ProcessRunner.RunBuiltCli(dir.Path, ["-v"]);
        Assert.Equal(0, shortFlag.ExitCode);
        Assert.Equal(ToolVersion.Current, shortFlag.Out.Trim());
        Assert.Equal(shortFlag.Out, ProcessRunner.RunBuiltCli(dir.Path, ["--version"]).Out);
    }
}
