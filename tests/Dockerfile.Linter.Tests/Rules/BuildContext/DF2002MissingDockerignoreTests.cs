using Dockerfile.Linter.Context;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.Context;

namespace Dockerfile.Linter.Tests.Rules.BuildContext;

public sealed class DF2002MissingDockerignoreTests : IDisposable
{
    private readonly TempContext _ctx = new TempContext()
        .File(".git/HEAD", "ref")
        .File("node_modules/a/index.js", "x")
        .File("app.js", "y");

    public void Dispose() => _ctx.Dispose();

    private LintOptions Options => new() { ContextDirectory = _ctx.Root };

    [Theory]
    [InlineData("FROM node:22-alpine\nCOPY app.js /app/\n")]
    [InlineData("FROM node:22-alpine\nCOPY src/ /app/\n")]
    [InlineData("FROM node:22-alpine AS b\nFROM node:22-alpine\nCOPY --from=b . /app\n")]
    [InlineData("FROM node:22-alpine\nONBUILD COPY . /app\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF2002MissingDockerignore>(dockerfile, Options);

    [Theory]
    [InlineData("FROM node:22-alpine\nWORKDIR /app\nCOPY [|.|] .\n")]
    [InlineData("FROM node:22-alpine\nCOPY [|./|] /app/\n")]
    [InlineData("FROM node:22-alpine\nADD [|/|] /app/\n")]
    [InlineData("FROM node:22-alpine\nCOPY app.js /app/\nCOPY [|.|] /app\nCOPY . /again\n")] // reported once, at the first
    [InlineData("FROM node:22-alpine\nCOPY [[|\".\"|], \"/app\"]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF2002MissingDockerignore>(marked, Options);

    [Fact]
    public void Message_gives_counts_and_sizes() =>
        Assert.Equal(
            "No .dockerignore: '.' sends 3 files (5 B) to the builder, including .git (1 file, 3 B), node_modules (1 file, 1 B)",
            RuleTester.Diagnostics<DF2002MissingDockerignore>("FROM node:22-alpine\nCOPY . /app\n", Options).Single().Message);

    [Fact]
    public void Silent_with_any_dockerignore()
    {
        _ctx.File(".dockerignore", "");
        RuleTester.Valid<DF2002MissingDockerignore>("FROM node:22-alpine\nCOPY . /app\n", Options);
    }

    [Fact]
    public void A_Dockerfile_specific_ignore_file_counts()
    {
        _ctx.File("docker/app.Dockerfile", "FROM node:22-alpine\n").File("docker/app.Dockerfile.dockerignore", ".git\n");
        var options = new LintOptions { BuildContext = Dockerfile.Linter.Context.BuildContext.Open(_ctx.Root, _ctx.Full("docker/app.Dockerfile")) };
        RuleTester.Valid<DF2002MissingDockerignore>("FROM node:22-alpine\nCOPY . /app\n", options);
    }

    [Fact]
    public void Silent_for_a_small_context_without_notable_trees()
    {
        using var small = new TempContext().File("app.js", "y").File("package.json", "{}");
        RuleTester.Valid<DF2002MissingDockerignore>("FROM node:22-alpine\nCOPY . /app\n", new LintOptions { ContextDirectory = small.Root });
    }

    [Fact]
    public void Silent_without_a_build_context() =>
        RuleTester.Valid<DF2002MissingDockerignore>("FROM node:22-alpine\nCOPY . /app\n");
}
