using Dockerfile.Linter.Context;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.Context;

namespace Dockerfile.Linter.Tests.Rules.BuildContext;

public sealed class DF2003CopySourceNotFoundTests : IDisposable
{
    private readonly TempContext _ctx = new TempContext()
        .File("package.json", "{}")
        .File("src/index.js", "1")
        .File("src/lib/util.js", "2")
        .File("requirements.txt", "flask==3.0.3\n");

    public void Dispose() => _ctx.Dispose();

    private LintOptions Options => new() { ContextDirectory = _ctx.Root };

    [Theory]
    [InlineData("FROM node:22-alpine\nCOPY package.json src/ /app/\n")]
    [InlineData("FROM node:22-alpine\nCOPY package*.json ./\n")]
    [InlineData("FROM node:22-alpine\nCOPY src/*/util.js /app/\n")]
    [InlineData("FROM node:22-alpine\nCOPY . .\n")]
    [InlineData("FROM node:22-alpine\nCOPY ./src/../package.json /app/\n")]
    [InlineData("FROM node:22-alpine\nCOPY /requirements.txt /app/\n")]
    [InlineData("FROM node:22-alpine AS b\nFROM node:22-alpine\nCOPY --from=b /missing /app\n")]
    [InlineData("FROM node:22-alpine\nADD https://example.com/missing.tgz /tmp/\n")]
    [InlineData("FROM node:22-alpine\nADD git@github.com:example/repo.git /src\n")]
    [InlineData("FROM node:22-alpine\nCOPY <<EOF /app/config\nx\nEOF\n")]
    [InlineData("FROM node:22-alpine\nCOPY $UNSET_DIR/app.js /app/\n")]
    [InlineData("FROM node:22-alpine\nONBUILD COPY missing.txt /app/\n")]
    [InlineData("FROM node:22-alpine\nCOPY [\"package.json\", \"/app/\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF2003CopySourceNotFound>(dockerfile, Options);

    [Theory]
    [InlineData("FROM node:22-alpine\nCOPY package.json [|package-lock.json|] ./\n")]
    [InlineData("FROM node:22-alpine\nCOPY [|*.lock|] ./\n")]
    [InlineData("FROM node:22-alpine\nCOPY [|app/|] /app/\n")]
    [InlineData("FROM node:22-alpine\nARG FILE=missing.txt\nCOPY [|$FILE|] /app/\n")]
    [InlineData("FROM node:22-alpine\nCOPY [[|\"missing.txt\"|], \"/app/\"]\n")]
    [InlineData("FROM node:22-alpine\nCOPY [|src/index.js/x|] /app/\n")]
    [InlineData("FROM python:3.12-slim AS a\nCOPY [|requirement.txt|] .\nFROM a\nADD [|src/*.py|] /app/\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF2003CopySourceNotFound>(marked, Options);

    [Fact]
    public void Messages_name_the_source()
    {
        var messages = RuleTester.Diagnostics<DF2003CopySourceNotFound>("FROM alpine:3.20\nCOPY missing.txt *.lock /app/\n", Options)
            .Select(d => d.Message);
        var where = $"the build context {_ctx.Root} (the given context directory)";
        Assert.Equal(
            [$"'missing.txt' does not exist in {where}",
             $"'*.lock' does not exist in {where} (the pattern matches no file or directory)"],
            messages);
    }

    [Fact]
    public void A_source_below_an_unreadable_directory_is_reported_as_unreadable_not_missing()
    {
        var fs = new FaultyFileSystem(new PhysicalContextFileSystem(_ctx.Root), "src", "src/app.ts");
        var options = new LintOptions { BuildContext = new Dockerfile.Linter.Context.BuildContext(fs, null) };
        var glob = Assert.Single(RuleTester.Diagnostics<DF2003CopySourceNotFound>("FROM alpine:3.20\nCOPY src/*.ts /app/\n", options));
        Assert.StartsWith("'src/*.ts' cannot be read in the build context ", glob.Message);
        Assert.EndsWith(" (Access to the path 'src' is denied.); the build fails on it", glob.Message);
        var literal = Assert.Single(RuleTester.Diagnostics<DF2003CopySourceNotFound>("FROM alpine:3.20\nCOPY src/app.ts /app/\n", options));
        Assert.Contains("cannot be read", literal.Message);
        Assert.DoesNotContain("does not exist", literal.Message);
    }

    [Fact]
    public void The_physical_context_says_a_path_below_a_directory_it_cannot_search_is_unreadable()
    {
        if (Environment.UserName == "root" || OperatingSystem.IsWindows()) return; // permission bits do not bind root
        _ctx.File("locked/app.ts", "x");
        File.SetUnixFileMode(Path.Combine(_ctx.Root, "locked"), UnixFileMode.None);
        try
        {
            var options = new LintOptions { ContextDirectory = _ctx.Root };
            var d = Assert.Single(RuleTester.Diagnostics<DF2003CopySourceNotFound>("FROM alpine:3.20\nCOPY locked/app.ts /app/\n", options));
            Assert.Contains("cannot be read", d.Message);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(_ctx.Root, "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Silent_without_a_build_context() =>
        RuleTester.Valid<DF2003CopySourceNotFound>("FROM alpine:3.20\nCOPY missing.txt /app/\n");

    [Theory]
    [InlineData("*\n!*.json\n!src\n", "FROM node:22-alpine\nCOPY package.json src/ /app/\nCOPY [|requirements.txt|] /app/\n")]
    [InlineData("src\n!*/index.js\n", "FROM node:22-alpine\nCOPY src/ /app/\nCOPY [|src/lib/|] /app/lib/\n")]
    [InlineData("*.txt\n!nothing\n", "FROM node:22-alpine\nCOPY [|*.txt|] /app/\n")]
    [InlineData("src\n", "FROM node:22-alpine\nCOPY [|/src|] /app/\n")] // BuildKit's check misses the leading '/'
    public void Reports_sources_that_dockerignore_keeps_out_when_DF2004_does_not(string dockerignore, string marked)
    {
        _ctx.File(".dockerignore", dockerignore);
        RuleTester.Invalid<DF2003CopySourceNotFound>(marked, Options);
    }

    [Theory]
    [InlineData("src\n", "FROM node:22-alpine\nCOPY src/ /app/\n")]               // DF2004 reports this one
    [InlineData("requirements.txt\n", "FROM node:22-alpine\nCOPY requirements.txt /app/\n")]
    public void Leaves_what_DF2004_reports_to_DF2004(string dockerignore, string dockerfile)
    {
        _ctx.File(".dockerignore", dockerignore);
        RuleTester.Valid<DF2003CopySourceNotFound>(dockerfile, Options);
    }

    [Fact]
    public void Message_says_the_file_is_kept_out()
    {
        _ctx.File(".dockerignore", "*\n!*/index.js\n");
        Assert.Equal(
            $"'package.json' does not exist in the build context {_ctx.Root} (the given context directory); it is on disk, but .dockerignore keeps it out",
            RuleTester.Diagnostics<DF2003CopySourceNotFound>("FROM node:22-alpine\nCOPY package.json /app/\n", Options).Single().Message);
    }
}
