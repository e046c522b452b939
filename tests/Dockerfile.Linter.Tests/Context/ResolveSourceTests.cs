using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Tests.Context;

public class ResolveSourceTests
{
    private static TempContext Sample() => new TempContext()
        .File("package.json", "{}")
        .File("package-lock.json", "{}")
        .File("src/index.js")
        .File("src/a/index.js")
        .File("src/b/index.js")
        .File("src/b/extra.txt")
        .File("config/.env", "DB_PASSWORD=Zq8rT2vLm4Xw")
        .File("config/app.yaml")
        .File("src1/x")
        .File("lit*eral", "escaped star")
        .File(".hidden.json")
        .File("logs/today.log");

    [Theory]
    [InlineData("package.json", "package.json", "package.json")]
    [InlineData("./package.json", "package.json", "package.json")]
    [InlineData("/package.json", "package.json", "package.json")]
    [InlineData("../package.json", "package.json", "package.json")]
    [InlineData("src/", "src", "src")]
    [InlineData("src/a/../b", "src/b", "src/b")]
    [InlineData(".", ".", ".")]
    [InlineData("missing.txt", "missing.txt", "")]
    [InlineData("src/missing/", "src/missing", "")]
    [InlineData("*.json", "*.json", ".hidden.json package-lock.json package.json")]
    [InlineData("package*.json", "package*.json", "package-lock.json package.json")]
    [InlineData("src/*/index.js", "src/*/index.js", "src/a/index.js src/b/index.js")]
    [InlineData("src/?/extra.txt", "src/?/extra.txt", "src/b/extra.txt")]
    [InlineData("src/[ab]", "src/[ab]", "src/a src/b")]
    [InlineData("src/[^a]", "src/[^a]", "src/b")]
    [InlineData("src*", "src*", "src src1")]
    [InlineData("*/index.js", "*/index.js", "src/index.js")]
    [InlineData("*.txt", "*.txt", "")]
    [InlineData("lit\\*eral", "lit\\*eral", "lit*eral")]
    [InlineData("package.json/*", "package.json/*", "")]
    [InlineData("src/[a", "src/[a", "")]
    public void Resolves_paths_and_globs_against_the_context(string source, string expectedPath, string expectedMatches)
    {
        using var ctx = Sample();

        var resolution = BuildContext.Open(ctx.Root).ResolveSource(source);

        Assert.Equal(source, resolution.Source);
        Assert.Equal(expectedPath, resolution.Path);
        Assert.Equal(expectedMatches, string.Join(' ', resolution.Matches));
        Assert.Equal(expectedMatches.Length > 0, resolution.Exists);
        Assert.False(resolution.IsUncertain);
    }

    [Theory]
    [InlineData("logs/today.log", true, true)]
    [InlineData("logs", true, true)]
    [InlineData("*.log", false, false)]       // the glob text itself is not matched by "logs"
    [InlineData("logs/*.log", true, true)]
    [InlineData("config/.env", true, true)]
    [InlineData("config", false, false)]
    [InlineData("config/app.yaml", false, false)]
    [InlineData(".", false, false)]
    public void Reports_what_dockerignore_excludes(string source, bool sourceExcluded, bool allMatchesExcluded)
    {
        using var ctx = Sample().File(".dockerignore", "logs\n**/.env\n");

        var resolution = BuildContext.Open(ctx.Root).ResolveSource(source);

        Assert.Equal(sourceExcluded, resolution.IsExcluded);
        Assert.Equal(allMatchesExcluded, resolution.AllMatchesExcluded);
    }

    [Theory]
    [InlineData("src\n!src/b/extra.txt\n", "src", false)]        // something below is re-included: sent
    [InlineData("src\n!src/b/extra.txt\n", "src/a", true)]       // nothing below src/a is re-included
    [InlineData("src\n!src/b/extra.txt\n", "src/b/extra.txt", false)]
    [InlineData("*\n!config\n", "src", true)]
    [InlineData("*\n!config\n", "config/.env", false)]
    [InlineData("src\n", "src", true)]
    public void Knows_which_matches_are_never_sent(string dockerignore, string source, bool neverSent)
    {
        using var ctx = Sample().File(".dockerignore", dockerignore);
        Assert.Equal(neverSent, BuildContext.Open(ctx.Root).ResolveSource(source).AllMatchesExcluded);
    }

    [Fact]
    public void Lists_the_secrets_a_source_would_send()
    {
        using var ctx = Sample().File("id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\n");
        var context = BuildContext.Open(ctx.Root);

        Assert.Equal(["config/.env", "id_rsa"], context.SecretFilesSentBy(context.ResolveSource(".")).Select(s => s.Path));
        Assert.Equal(["config/.env"], context.SecretFilesSentBy(context.ResolveSource("config/")).Select(s => s.Path));
        Assert.Equal(["config/.env"], context.SecretFilesSentBy(context.ResolveSource("conf*")).Select(s => s.Path));
        Assert.Empty(context.SecretFilesSentBy(context.ResolveSource("src")));
        Assert.Empty(context.SecretFilesSentBy(context.ResolveSource("conf")));
    }

    [Fact]
    public void A_secret_re_included_below_an_excluded_directory_is_still_copied()
    {
        using var ctx = Sample().File(".dockerignore", "config\n!config/.env\n");
        var context = BuildContext.Open(ctx.Root);

        Assert.Equal(["config/.env"], context.SecretFilesSentBy(context.ResolveSource("config")).Select(s => s.Path));
        Assert.Empty(context.SecretFilesSentBy(context.ResolveSource("config/app.yaml")));
    }

    [Fact]
    public void An_unreadable_directory_makes_the_answer_uncertain()
    {
        using var ctx = Sample();
        var fs = new FaultyFileSystem(new PhysicalContextFileSystem(ctx.Root), "src");
        var context = new BuildContext(fs, null);

        var resolution = context.ResolveSource("src/*.js");

        Assert.False(resolution.Exists);
        Assert.True(resolution.IsUncertain);
    }

    [Fact]
    public void A_dangling_symlink_still_exists_in_the_context()
    {
        using var ctx = new TempContext().Link("current", "releases/v2");
        Assert.True(BuildContext.Open(ctx.Root).ResolveSource("current").Exists);
    }

    [Fact]
    public void A_context_looks_each_source_up_on_disk_once()
    {
        using var ctx = Sample();
        var context = BuildContext.Open(ctx.Root);
        var first = context.ResolveSource("src/*/index.js");
        ctx.File("src/c/index.js");
        // Remembered for the files that share the context; a context opened afterwards sees the new file.
        Assert.Same(first, context.ResolveSource("src/*/index.js"));
        Assert.Equal(["src/a/index.js", "src/b/index.js", "src/c/index.js"], BuildContext.Open(ctx.Root).ResolveSource("src/*/index.js").Matches.ToArray());
    }
}
