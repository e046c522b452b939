using Dockerfile.Linter.Parsing.Grammar;
using static Dockerfile.Linter.Tests.Parsing.Grammar.GrammarAssert;

namespace Dockerfile.Linter.Tests.Parsing.Grammar;

public class FromGrammarTests
{
    [Fact]
    public void An_image_alone()
    {
        var from = Parses(FromGrammar.Arguments, "alpine:3.20");
        Assert.Equal(("alpine:3.20", 0, 11), (from.Image.Value, from.Image.Start, from.Image.End));
        Assert.Null(from.AsKeyword);
        Assert.Null(from.StageName);
    }

    [Theory]
    [InlineData("alpine AS build", "AS", "build", 10)]
    [InlineData("alpine  as\tBuild-1.x", "as", "Build-1.x", 11)]
    public void An_image_with_a_stage_name(string input, string keyword, string name, int nameStart)
    {
        var from = Parses(FromGrammar.Arguments, input);
        Assert.Equal(keyword, from.AsKeyword!.Value.Value);
        Assert.Equal(name, Covered(input, from.StageName!.Value));
        Assert.Equal(nameStart, from.StageName!.Value.Start);
    }

    [Theory]
    [InlineData("", 0, "an image reference")]
    [InlineData("alpine build", 7, "AS")]
    [InlineData("alpine AS", 9, "a stage name")]
    [InlineData("alpine AS 1st", 10, "a stage name")]
    [InlineData("alpine AS b c", 11, "the end of the arguments")]
    public void Malformed_FROM_says_what_it_expected_where(string input, int offset, string expected)
    {
        var failure = Fails(FromGrammar.Arguments, input);
        Assert.Equal(offset, failure.Offset);
        Assert.Equal(expected, failure.Expected);
    }

    [Theory]
    [InlineData("build", true)]
    [InlineData("Build", true)]
    [InlineData("a.b_c-1", true)]
    [InlineData("1st", false)]
    [InlineData("-a", false)]
    [InlineData("a$b", false)]
    public void Stage_names_follow_BuildKit(string name, bool valid) => Assert.Equal(valid, FromGrammar.IsValidStageName(name));
}
