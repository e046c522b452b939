namespace Dockerfile.Linter.Cli.Tests.Input;

public class DiscoveryTests
{
    private static readonly string[] Only = Samples.OnlyRules("DL3007");

    private static List<string> LintedPaths(CliRun run) =>
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(':')]).ToList();

    [Fact]
    public void Directory_search_finds_dockerfile_names_and_skips_git_node_modules_and_gitignored_paths()
    {
        using var dir = new TempDirectory();
        foreach (var path in new[]
        {
            "Dockerfile", "Containerfile", "api/Dockerfile.dev", "api/build.Dockerfile", "web/app.dockerfile",
            "web/Containerfile.prod", "README.md", "api/Dockerfile.dockerignore",
            "node_modules/pkg/Dockerfile", ".git/Dockerfile", "generated/Dockerfile", "web/ignored.Dockerfile",
        })
        {
            dir.Write(path, Samples.Latest);
        }
        dir.Write(".gitignore", "generated/\nignored.Dockerfile\n");
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            ["Containerfile", "Dockerfile", "api/Dockerfile.dev", "api/build.Dockerfile", "web/Containerfile.prod", "web/app.dockerfile"],
            LintedPaths(run));
    }

    [Fact]
    public void Directory_argument_prefixes_found_paths_and_explicit_files_bypass_gitignore()
    {
        using var dir = new TempDirectory();
        dir.Write("svc/Dockerfile", Samples.Latest);
        dir.Write("svc/skip.Dockerfile", Samples.Latest);
        dir.Write(".gitignore", "skip.Dockerfile\n");
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "svc", "svc/skip.Dockerfile"));
        Assert.Equal(["svc/Dockerfile", "svc/skip.Dockerfile"], LintedPaths(run));
    }

    [Theory]
    [InlineData("svc/")]
    [InlineData("svc//")]
    [InlineData("./svc/")]
    public void A_directory_with_trailing_slashes_shows_clean_paths(string argument)
    {
        using var dir = new TempDirectory();
        dir.Write("svc/Dockerfile", Samples.Latest);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", argument));
        string expected = argument.StartsWith("./", StringComparison.Ordinal) ? "./svc/Dockerfile" : "svc/Dockerfile";
        Assert.Equal([expected], LintedPaths(run));
    }

    [Fact]
    public void Directory_search_takes_dash_and_underscore_variants_and_skips_templates()
    {
        using var dir = new TempDirectory();
        foreach (var path in new[]
        {
            "Dockerfile-dev", "Dockerfile_prod", "Containerfile-arm64", "api.Dockerfile", "web.dockerfile",
            "Dockerfile.j2", "Dockerfile.tpl", "Dockerfile.template", "Dockerfile.tmpl", "Dockerfile.in", "Dockerfile.erb",
            "Dockerfile.mustache", "Dockerfile-dev.j2",
        })
        {
            dir.Write(path, Samples.Latest);
        }
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu"));
        Assert.Equal(["Containerfile-arm64", "Dockerfile-dev", "Dockerfile_prod", "api.Dockerfile", "web.dockerfile"], LintedPaths(run));
    }

    [Fact]
    public void Glob_arguments_are_expanded()
    {
        using var dir = new TempDirectory();
        dir.Write("a/one.Dockerfile", Samples.Latest);
        dir.Write("b/c/two.Dockerfile", Samples.Latest);
        dir.Write("b/c/notes.txt", Samples.Latest);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "**/*.Dockerfile"));
        Assert.Equal(["a/one.Dockerfile", "b/c/two.Dockerfile"], LintedPaths(run));
    }

    [Fact]
    public void Glob_without_matches_is_an_error()
    {
        using var dir = new TempDirectory();
        var run = CliRunner.Run(dir.Path, "**/*.Dockerfile");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no files match", run.Error);
    }

    [Fact]
    public void A_file_given_twice_is_linted_once()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile", ".", "./Dockerfile"));
        Assert.Single(LintedPaths(run));
    }

    [Fact]
    public void Directory_without_dockerfiles_says_so_and_exits_0()
    {
        using var dir = new TempDirectory();
        dir.Write("README.md", "hello");
        var run = CliRunner.Run(dir.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no Dockerfiles found", run.Error);
    }

    [Fact]
    public void Symlink_loops_do_not_hang_and_other_files_are_linted()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        Directory.CreateDirectory(Path.Combine(dir.Path, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "sub", "loop"), dir.Path);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "a.Dockerfile"), Path.Combine(dir.Path, "b.Dockerfile"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "b.Dockerfile"), Path.Combine(dir.Path, "a.Dockerfile"));
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["Dockerfile"], LintedPaths(run));
        Assert.Contains("a.Dockerfile: cannot follow symbolic link", run.Error);

        var direct = CliRunner.Run(dir.Path, "a.Dockerfile");
        Assert.Equal(2, direct.ExitCode);
        Assert.Contains("a.Dockerfile: cannot follow symbolic link", direct.Error);
    }

    [UnlessRootFact]
    public void Unreadable_directory_is_reported_and_the_rest_is_linted()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        dir.Write("locked/Dockerfile", Samples.Latest);
        // UnlessRootFact skips Windows; the guard tells the platform analyzer (CA1416) so.
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(Path.Combine(dir.Path, "locked"), UnixFileMode.None);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("locked: cannot read directory", run.Error);
        Assert.Equal(["Dockerfile"], LintedPaths(run));
    }

    [Fact]
    public void A_FIFO_named_Dockerfile_is_reported_and_skipped_not_waited_on()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDirectory();
        dir.Write("svc/Dockerfile", Samples.Latest);
        dir.Write("keep.txt", "");
        MakeFifo(System.IO.Path.Combine(dir.Path, "Dockerfile"));
        MakeFifo(System.IO.Path.Combine(dir.Path, "svc", "api.Dockerfile"));

        // Opening a FIFO for reading waits for a writer forever: the run used to hang here.
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["svc/Dockerfile"], LintedPaths(run));
        Assert.Contains("Dockerfile: skipped: not a regular file (it is a FIFO (named pipe))", run.Error);
        Assert.Contains("api.Dockerfile: skipped: not a regular file (it is a FIFO (named pipe))", run.Error);
    }

    [Fact]
    public void FIFOs_in_the_build_context_are_reported_as_warnings_and_not_read()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDirectory();
        dir.Write("Dockerfile", "FROM alpine:3.20\nCOPY . /app\nUSER 1000\n");
        MakeFifo(System.IO.Path.Combine(dir.Path, ".npmrc"));
        MakeFifo(System.IO.Path.Combine(dir.Path, "server.pem"));

        var run = CliRunner.Run(dir.Path, "--context", ".", "-f", "gnu", "Dockerfile");

        Assert.Contains("warning: Dockerfile: build context entry '.npmrc' is not a regular file (a FIFO, socket or device): not read", run.Error);
        Assert.Contains("warning: Dockerfile: build context entry 'server.pem' is not a regular file", run.Error);
        Assert.NotEqual(2, run.ExitCode);
    }

    [Fact]
    public void A_FIFO_named_on_the_command_line_is_refused_and_the_other_files_are_linted()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDirectory();
        dir.Write("ok.Dockerfile", Samples.Latest);
        MakeFifo(System.IO.Path.Combine(dir.Path, "pipe.Dockerfile"));

        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "pipe.Dockerfile", "ok.Dockerfile"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["ok.Dockerfile"], LintedPaths(run));
        Assert.Contains("pipe.Dockerfile: not a regular file (it is a FIFO (named pipe)); to lint a stream, pipe it to '-'", run.Error);
    }

    private static void MakeFifo(string path)
    {
        using var process = System.Diagnostics.Process.Start(
            new System.Diagnostics.ProcessStartInfo("mkfifo") { ArgumentList = { path }, UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
