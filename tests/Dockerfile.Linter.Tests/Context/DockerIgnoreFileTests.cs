using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Tests.Context;

public class DockerIgnoreFileTests
{
    [Theory]
    [InlineData("foo", "foo", false)]
    [InlineData("./a", "a", false)]
    [InlineData("a/", "a", false)]
    [InlineData("a//b", "a/b", false)]
    [InlineData("a/../b", "b", false)]
    [InlineData("a/./b/", "a/b", false)]
    [InlineData("/foo", "foo", false)]
    [InlineData("//foo/bar/", "foo/bar", false)]
    [InlineData("/", "/", false)]
    [InlineData("/../x", "x", false)]
    [InlineData("../x", "../x", false)]
    [InlineData("  spaced  ", "spaced", false)]
    [InlineData("!foo", "foo", true)]
    [InlineData("!  /foo/  ", "foo", true)]
    [InlineData("!./a/../b", "b", true)]
    [InlineData(" #not-a-comment", "#not-a-comment", false)]
    [InlineData("**/*.md", "**/*.md", false)]
    public void Normalises_a_pattern_line_like_BuildKit(string line, string expectedPattern, bool expectedException)
    {
        var file = DockerIgnoreFile.Parse(line);

        Assert.Empty(file.Problems);
        var pattern = Assert.Single(file.Patterns);
        Assert.Equal(expectedPattern, pattern.Pattern);
        Assert.Equal(expectedException, pattern.IsException);
        Assert.Equal(1, pattern.Line);
        Assert.Equal(line, pattern.OriginalText);
    }

    [Theory]
    [InlineData("# comment")]
    [InlineData("#")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    [InlineData("\uFEFF# comment after BOM")]
    [InlineData("\uFEFF")]
    public void Skips_comments_and_blank_lines(string line)
    {
        var file = DockerIgnoreFile.Parse(line);
        Assert.Empty(file.Patterns);
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void Removes_the_BOM_only_at_the_start_and_keeps_line_numbers()
    {
        var file = DockerIgnoreFile.Parse("\uFEFFnode_modules\r\n# c\r\n\r\n.git\r\n!keep\n");

        Assert.Equal(["node_modules", ".git", "!keep"], file.Patterns.Select(p => p.ToString()));
        Assert.Equal([1, 4, 5], file.Patterns.Select(p => p.Line));
    }

    [Theory]
    [InlineData("!", "illegal exclusion pattern")]
    [InlineData("!   ", "illegal exclusion pattern")]
    [InlineData("!/", "illegal exclusion pattern")]
    [InlineData("[a", "unclosed character class")]
    [InlineData("foo[", "unclosed character class")]
    [InlineData("[]", "character class")]
    [InlineData("[a-]", "character class")]
    [InlineData("[-a]", "character class")]
    [InlineData("[^]x", "character class")]
    [InlineData("abc\\", "trailing backslash")]
    [InlineData("!src/[x", "unclosed character class")]
    // filepath.Match accepts a reversed range, but the regex built from it does not compile and the build fails
    [InlineData("[z-a]", "invalid pattern")]
    [InlineData("[a-[]x", "invalid pattern")]
    public void Reports_malformed_lines_with_their_line_number_instead_of_throwing(string badLine, string messagePart)
    {
        var file = DockerIgnoreFile.Parse("first\n" + badLine + "\nlast\n");

        var problem = Assert.Single(file.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal(badLine, problem.Text);
        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
        Assert.Equal(["first", "last"], file.Patterns.Select(p => p.Pattern));
    }

    [Theory]
    [InlineData("[a-c]")]
    [InlineData("[^a-c]")]
    [InlineData("[\\]]")]
    [InlineData("[a\\-]")]
    [InlineData("[*]")]
    [InlineData("a]b")]
    [InlineData("\\[")]
    public void Accepts_what_filepath_Match_accepts(string line)
    {
        var file = DockerIgnoreFile.Parse(line);
        Assert.Empty(file.Problems);
        Assert.Single(file.Patterns);
    }

    [Fact]
    public void Records_exclusions()
    {
        Assert.False(DockerIgnoreFile.Parse("a\nb\n").Matcher.HasExclusions);
        Assert.True(DockerIgnoreFile.Parse("a\n!a/b\n").Matcher.HasExclusions);
    }
}
