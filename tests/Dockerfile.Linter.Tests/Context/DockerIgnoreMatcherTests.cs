using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Tests.Context;

public class DockerIgnoreMatcherTests
{
    // Patterns are separated by '|', one per line of the ignore file.
    [Theory]
    // * and ? stay within one path element
    [InlineData("*.md", "README.md", true)]
    [InlineData("*.md", "docs/a.md", false)]
    [InlineData("*", "anything", true)]
    [InlineData("*", "dir/file", true)] // via the parent directory "dir"
    [InlineData("*/temp*", "somedir/temporary.txt", true)]
    [InlineData("*/temp*", "temp", false)]
    [InlineData("*/*/temp*", "a/b/temp.txt", true)]
    [InlineData("temp?", "temp1", true)]
    [InlineData("temp?", "temp12", false)]
    [InlineData("a?c", "a/c", false)]
    [InlineData("a.b", "aXb", false)]
    [InlineData("a+b(c)", "a+b(c)", true)]
    [InlineData("a$b", "a$b", true)]
    [InlineData("a^b", "a^b", true)]
    [InlineData("*a^b", "a^b", false)] // RE2 passthrough: '^' mid-pattern can never match once the pattern is a regex
    // ** crosses directories, including none
    [InlineData("**/*.md", "docs/a.md", true)]
    [InlineData("**/*.md", "a.md", true)]
    [InlineData("**/node_modules", "node_modules", true)]
    [InlineData("**/node_modules", "web/node_modules/x/y.js", true)]
    [InlineData("**/node_modules", "web/my_node_modules", false)]
    [InlineData("foo/**", "foo/x", true)]
    [InlineData("foo/**", "foo/x/y", true)]
    [InlineData("foo/**", "foo", false)]
    [InlineData("foo/**", "foobar/x", false)]
    [InlineData("**", "a/b/c", true)]
    [InlineData("**/*", "top", true)]
    [InlineData("a/**/b", "a/b", true)]
    [InlineData("a/**/b", "a/x/y/b", true)]
    [InlineData("a/**/b", "a/x/yb", false)]
    [InlineData("**foo", "barfoo", true)] // patternmatcher's suffix fast path
    [InlineData("**/.env", ".env", true)]
    [InlineData("**/.env", "config/.env", true)]
    [InlineData("**/.env", "config/x.env", false)]
    // a pattern also matches when it matches a parent directory
    [InlineData("node_modules", "node_modules/x/y.js", true)]
    [InlineData("node_modules", "web/node_modules/x.js", false)]
    [InlineData(".git", ".git/HEAD", true)]
    [InlineData("a/b", "a/b/c/d", true)]
    [InlineData("a/b", "a/bc", false)]
    // leading '/' and './' are normalised away
    [InlineData("/foo", "foo", true)]
    [InlineData("./foo/", "foo/bar", true)]
    [InlineData("a/../b", "b", true)]
    // character classes and escapes (filepath.Match flavour)
    [InlineData("[a-c]x", "bx", true)]
    [InlineData("[a-c]x", "dx", false)]
    [InlineData("[^a-c]x", "dx", true)]
    [InlineData("[^a-c]x", "ax", false)]
    [InlineData("[\\]]x", "]x", true)]
    [InlineData("[[]x", "[x", true)]
    [InlineData("[!-[]x", "Ax", true)] // '-[' in a class is a range here, never .NET class subtraction
    [InlineData("[!-[]x", "ax", false)]
    [InlineData("[[:digit:]]x", "5x", true)]
    [InlineData("\\*x", "*x", true)]
    [InlineData("\\*x", "ax", false)]
    [InlineData("file\\?", "file?", true)]
    // the last matching pattern wins
    [InlineData("*.md|!README.md", "README.md", false)]
    [InlineData("*.md|!README.md", "CHANGES.md", true)]
    [InlineData("!README.md|*.md", "README.md", true)]
    [InlineData("dir|!dir/keep", "dir/keep", false)]
    [InlineData("dir|!dir/keep", "dir/keep/inner.txt", false)]
    [InlineData("dir|!dir/keep", "dir/other", true)]
    [InlineData("dir|!dir/keep|dir/keep/secret", "dir/keep/secret", true)]
    [InlineData("*|!src|src/*.tmp", "src/a.tmp", true)]
    [InlineData("*|!src|src/*.tmp", "src/a.cs", false)]
    [InlineData("*|!src|src/*.tmp", "docs/a.cs", true)]
    public void Matches_like_moby_patternmatcher(string patterns, string path, bool excluded)
    {
        var matcher = DockerIgnoreFile.Parse(patterns.Replace('|', '\n')).Matcher;

        Assert.Equal(excluded, matcher.IsExcluded(path));
    }

    [Theory]
    [InlineData("./node_modules/x")]
    [InlineData("/node_modules/x")]
    [InlineData("node_modules/x/")]
    [InlineData("a/../node_modules")]
    public void IsExcluded_accepts_any_spelling_of_a_context_path(string path)
    {
        var matcher = DockerIgnoreFile.Parse("node_modules").Matcher;
        Assert.True(matcher.IsExcluded(path));
    }

    [Fact]
    public void The_context_root_is_never_excluded()
    {
        var matcher = DockerIgnoreFile.Parse("*\n**\n.*").Matcher;
        Assert.False(matcher.IsExcluded("."));
        Assert.False(matcher.IsExcluded("/"));
        Assert.True(matcher.IsExcluded("x"));
    }

    [Fact]
    public void MatchesOrParentMatches_is_raw_BuildKit_matching_without_normalisation()
    {
        var matcher = DockerIgnoreFile.Parse("app").Matcher;
        Assert.True(matcher.MatchesOrParentMatches("app/x"));
        // BuildKit passes COPY sources cleaned but still rooted; "/app" is then not the pattern "app".
        Assert.False(matcher.MatchesOrParentMatches("/app/x"));
    }

    [Fact]
    public void Empty_matcher_excludes_nothing()
    {
        Assert.False(DockerIgnoreMatcher.Empty.IsExcluded("anything/at/all"));
        Assert.False(DockerIgnoreMatcher.Empty.HasExclusions);
    }
}
