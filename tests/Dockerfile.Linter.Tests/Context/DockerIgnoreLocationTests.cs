using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Tests.Context;

public class DockerIgnoreLocationTests
{
    [Fact]
    public void Prefers_the_Dockerfile_specific_ignore_file()
    {
        using var ctx = new TempContext()
            .File(".dockerignore", "root-rule\n")
            .File("build/app.Dockerfile", "FROM scratch\n")
            .File("build/app.Dockerfile.dockerignore", "specific-rule\n");

        var context = BuildContext.Open(ctx.Root, ctx.Full("build/app.Dockerfile"));

        Assert.Equal(ctx.Full("build/app.Dockerfile.dockerignore"), context.IgnoreFile?.Path);
        Assert.Equal(["specific-rule"], context.IgnoreFile!.Patterns.Select(p => p.Pattern));
    }

    [Fact]
    public void Falls_back_to_the_root_ignore_file_and_never_merges()
    {
        using var ctx = new TempContext()
            .File(".dockerignore", "root-rule\n")
            .File("sub/.dockerignore", "nested-rule-means-nothing\n")
            .File("Dockerfile", "FROM scratch\n");

        var context = BuildContext.Open(ctx.Root, ctx.Full("Dockerfile"));

        Assert.Equal(["root-rule"], context.IgnoreFile!.Patterns.Select(p => p.Pattern));
    }

    [Fact]
    public void Without_an_ignore_file_nothing_is_excluded()
    {
        using var ctx = new TempContext().File("Dockerfile", "FROM scratch\n").File(".git/HEAD");

        var context = BuildContext.Open(ctx.Root, ctx.Full("Dockerfile"));

        Assert.Null(context.IgnoreFile);
        Assert.False(context.Matcher.IsExcluded(".git/HEAD"));
        Assert.Equal(2, context.Summary.FileCount);
    }

    [Fact]
    public void A_malformed_ignore_file_keeps_its_valid_lines_and_reports_the_rest()
    {
        using var ctx = new TempContext().File(".dockerignore", "node_modules\n!\n[oops\n").File("node_modules/a.js").File("app.js");

        var context = BuildContext.Open(ctx.Root);

        Assert.Equal([2, 3], context.IgnoreFile!.Problems.Select(p => p.Line));
        Assert.Equal(2, context.Summary.FileCount); // app.js and .dockerignore
    }
}
