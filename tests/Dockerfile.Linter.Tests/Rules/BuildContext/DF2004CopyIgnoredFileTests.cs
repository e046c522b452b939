using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.Context;

namespace Dockerfile.Linter.Tests.Rules.BuildContext;

public sealed class DF2004CopyIgnoredFileTests : IDisposable
{
    private readonly TempContext _ctx = new TempContext().File("dist/index.html").File("src/app.js").File("secrets/a.txt");

    public void Dispose() => _ctx.Dispose();

    private LintOptions WithIgnore(string dockerignore)
    {
        _ctx.File(".dockerignore", dockerignore);
        return new LintOptions { ContextDirectory = _ctx.Root };
    }

    [Theory]
    [InlineData("dist\n", "FROM nginx:1.27\nCOPY src/ /app/\n")]
    [InlineData("dist\n!dist/index.html\n", "FROM nginx:1.27\nCOPY dist/ /app/\n")] // a '!' line at or below the source silences it
    [InlineData("secrets\n!secrets/a.txt\n", "FROM nginx:1.27\nCOPY secrets/a.txt /app/\n")]
    [InlineData("secrets\n!*/a.txt\n", "FROM nginx:1.27\nCOPY secrets/a.txt /app/\n")]     // a wildcard '!' line above it too
    [InlineData("secrets\n!secrets/a.txt\n", "FROM nginx:1.27\nCOPY secrets/*.txt /app/\n")] // a wildcard source stands for its prefix
    [InlineData(".*\n", "FROM nginx:1.27\nCOPY . /app/\n")]  // '.' only for *, ** or **/*
    [InlineData("dist\n", "FROM nginx:1.27\nCOPY /dist /app/\n")] // BuildKit keeps the leading '/', which never matches
    [InlineData("dist\n", "FROM nginx:1.27 AS b\nFROM nginx:1.27\nCOPY --from=b dist /app/\n")]
    [InlineData("dist\n", "FROM nginx:1.27\nONBUILD COPY dist /app/\n")]
    [InlineData("dist\n", "FROM nginx:1.27\nCOPY $DIR /app/\n")]
    [InlineData("dist\n", "FROM nginx:1.27\nADD https://example.com/dist /app/\n")]
    public void Valid(string dockerignore, string dockerfile) =>
        RuleTester.Valid<DF2004CopyIgnoredFile>(dockerfile, WithIgnore(dockerignore));

    [Theory]
    [InlineData("dist\n", "FROM nginx:1.27\nCOPY [|dist/|] /usr/share/nginx/html/\n")]
    [InlineData("dist\n", "FROM nginx:1.27\nCOPY [|./dist/index.html|] /x/\n")]
    [InlineData("secrets\n", "FROM nginx:1.27\nADD src/app.js [|secrets/a.txt|] /app/\n")]
    [InlineData("*\n", "FROM nginx:1.27\nCOPY [|.|] /app/\n")]
    [InlineData("**/*\n", "FROM nginx:1.27\nCOPY [|./|] /app/\n")]
    [InlineData("**/*.js\n", "FROM nginx:1.27\nCOPY [|src/*.js|] /app/\n")]
    [InlineData("dist\n", "FROM nginx:1.27\nARG OUT=dist\nCOPY [|${OUT}|] /app/\n")]
    [InlineData("dist\n", "FROM nginx:1.27\nCOPY [[|\"dist\"|], \"/app/\"]\n")]
    [InlineData("secrets\n!nothing\n", "FROM nginx:1.27\nCOPY [|secrets/a.txt|] /app/\n")]      // a '!' line elsewhere does not matter
    [InlineData("secrets\n!secrets/b.txt\n", "FROM nginx:1.27\nCOPY [|secrets/a.txt|] /app/\n")]
    public void Invalid(string dockerignore, string marked) =>
        RuleTester.Invalid<DF2004CopyIgnoredFile>(marked, WithIgnore(dockerignore));

    [Fact]
    public void Message_matches_BuildKit()
    {
        var options = WithIgnore("dist\nsecrets\n");
        var messages = RuleTester.Diagnostics<DF2004CopyIgnoredFile>("FROM nginx:1.27\nCOPY ./dist/ /a/\nADD secrets/a.txt /b/\n", options)
            .Select(d => d.Message);
        Assert.Equal(
            ["Attempting to Copy file \"dist\" that is excluded by .dockerignore",
             "Attempting to Add file \"secrets/a.txt\" that is excluded by .dockerignore"],
            messages);
    }

    [Fact]
    public void Silent_without_a_dockerignore() =>
        RuleTester.Valid<DF2004CopyIgnoredFile>("FROM nginx:1.27\nCOPY dist/ /app/\n", new LintOptions { ContextDirectory = _ctx.Root });

    [Fact]
    public void Silent_without_a_build_context() =>
        RuleTester.Valid<DF2004CopyIgnoredFile>("FROM nginx:1.27\nCOPY dist/ /app/\n");

    [Fact]
    public void BuildKit_check_skip_turns_it_off()
    {
        var options = WithIgnore("dist\n");
        var linter = new DockerfileLinter(options);
        var result = linter.Lint("# check=skip=CopyIgnoredFile\nFROM nginx:1.27\nCOPY dist/ /app/\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "DF2004");
        Assert.Contains(linter.Lint("FROM nginx:1.27\nCOPY dist/ /app/\n").Diagnostics, d => d.Code == "DF2004");
    }
}
