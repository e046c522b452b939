using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.Context;

namespace Dockerfile.Linter.Tests.Rules.BuildContext;

public sealed class DF2005InvalidDockerignorePatternTests : IDisposable
{
    private readonly TempContext _ctx = new TempContext().File("app.py", "print(1)\n");

    public void Dispose() => _ctx.Dispose();

    private LintOptions WithIgnore(string dockerignore)
    {
        _ctx.File(".dockerignore", dockerignore);
        return new LintOptions { ContextDirectory = _ctx.Root };
    }

    [Theory]
    [InlineData("*.pyc\n!keep.pyc\n", "FROM python:3.12-slim\nCOPY . /app\n")]
    [InlineData("[oops\n", "FROM python:3.12-slim\nRUN echo no context used\n")]
    [InlineData("[oops\n", "FROM python:3.12-slim AS b\nFROM python:3.12-slim\nCOPY --from=b /x /x\n")]
    public void Valid(string dockerignore, string dockerfile) =>
        RuleTester.Valid<DF2005InvalidDockerignorePattern>(dockerfile, WithIgnore(dockerignore));

    [Theory]
    [InlineData("[Bb]uild/[\n", "FROM python:3.12-slim\nCOPY [|.|] /app\n")]
    [InlineData("!\n", "FROM python:3.12-slim\nRUN true\nCOPY [|app.py|] /app/\nCOPY . /app\n")]
    public void Invalid(string dockerignore, string marked) =>
        RuleTester.Invalid<DF2005InvalidDockerignorePattern>(marked, WithIgnore(dockerignore));

    [Fact]
    public void One_finding_per_bad_line_naming_the_line()
    {
        var messages = RuleTester.Diagnostics<DF2005InvalidDockerignorePattern>(
            "FROM python:3.12-slim\nCOPY . /app\n", WithIgnore("ok\n!\n\nfoo[\n")).Select(d => d.Message);
        Assert.Equal(
            [".dockerignore line 2: illegal exclusion pattern: \"!\"; the build fails when the context is sent",
             ".dockerignore line 4: syntax error in pattern \"foo[\": unclosed character class '['; the build fails when the context is sent"],
            messages);
    }

    [Fact]
    public void Silent_without_a_build_context() =>
        RuleTester.Valid<DF2005InvalidDockerignorePattern>("FROM python:3.12-slim\nCOPY . /app\n");
}
