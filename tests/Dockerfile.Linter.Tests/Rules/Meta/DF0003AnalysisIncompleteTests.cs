using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Meta;

/// <summary>DF0003 on the file's own limits; the limits themselves are tested under Limits/.</summary>
public class DF0003AnalysisIncompleteTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nENV A=${B:-x}\nRUN echo $A\n")]
    [InlineData("FROM alpine:3.20\nRUN echo ok\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF0003AnalysisIncomplete>(dockerfile);

    [Fact]
    public void Variables_nested_beyond_the_limit_are_reported_at_the_instruction()
    {
        string nested = string.Concat(Enumerable.Repeat("${a:-", 70)) + "x" + new string('}', 70);
        var finding = Assert.Single(RuleTester.Diagnostics<DF0003AnalysisIncomplete>($"FROM alpine:3.20\nENV k={nested}\n"));
        Assert.Equal(2, finding.Location.Start.Line);
        Assert.Contains("nested deeper than 64 levels", finding.Message);
    }
}
