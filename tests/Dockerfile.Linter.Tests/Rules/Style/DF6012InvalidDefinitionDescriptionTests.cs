using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Style;

public class DF6012InvalidDefinitionDescriptionTests
{
    [Theory]
    [InlineData("# VERSION selects the release\nARG VERSION=1\nFROM alpine:3.20\n")]
    [InlineData("ARG VERSION=1\nFROM alpine:3.20\n")]
    [InlineData("# build compiles the app\nFROM alpine:3.20 AS build\n")]
    [InlineData("# some note\n#\nFROM alpine:3.20 AS build\n")]                    // a bare '#' line clears the comments
    [InlineData("# a general note\nFROM alpine:3.20\n")]                            // unnamed stage
    [InlineData("FROM alpine:3.20\n# B the second\nARG A B\n")]                    // any of the names
    public void Valid(string dockerfile) => RuleTester.Valid<DF6012InvalidDefinitionDescription>(dockerfile);

    [Theory]
    // Reported on the names, on the instruction's line as BuildKit does; the comment is the related location.
    [InlineData("{|# Pick the release|}\nARG [|VERSION|]=1\nFROM alpine:3.20\n")]
    [InlineData("# VERSION first\n{|# another line|}\nARG [|VERSION|]=1\nFROM alpine:3.20\n")]   // only the last line counts
    [InlineData("{|# compile the app|}\n\nFROM alpine:3.20 AS [|build|]\n")]                      // blank lines do not detach it
    [InlineData("FROM alpine:3.20\n{|# the user|}\nARG [|USER|]=app\n")]
    [InlineData("FROM alpine:3.20\n{|# x|}\nARG [|A B|]=1\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF6012InvalidDefinitionDescription>(marked);

    [Fact]
    public void Off_by_default() => Assert.False(new DF6012InvalidDefinitionDescription().Descriptor.EnabledByDefault);

    [Fact]
    public void Message_uses_a_placeholder_for_several_names() =>
        Assert.Equal("Comment for ARG should follow the format: `# <arg_key> <description>`",
            RuleTester.Diagnostics<DF6012InvalidDefinitionDescription>("FROM alpine:3.20\n# x\nARG A B\n").Single().Message);
}
