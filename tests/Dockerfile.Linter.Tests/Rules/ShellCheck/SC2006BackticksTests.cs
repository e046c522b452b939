using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2006BackticksTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN echo \"$(date)\"\n")]
    [InlineData("FROM debian:12\nRUN echo '`date`'\n")]
    [InlineData("FROM debian:12\nRUN [\"echo\", \"`date`\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2006Backticks>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN echo \"built [|`date -u`|]\"\n")]
    [InlineData("FROM debian:12\nRUN V=[|`uname -m`|] && echo \"$V\"\n")]
    [InlineData("FROM debian:12\nRUN echo a && \\\n    echo [|`arch`|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2006Backticks>(marked);

    [Fact]
    public void The_fix_rewrites_to_dollar_parentheses()
    {
        var d = Assert.Single(RuleTester.Diagnostics<SC2006Backticks>("FROM debian:12\nRUN echo `date -u`\n"));
        var edit = Assert.Single(d.Fix!.Edits);
        Assert.Equal("$(date -u)", edit.NewText);
        Assert.Equal(Dockerfile.Linter.Diagnostics.FixSafety.Safe, d.Fix.Safety);
    }

    [Fact]
    public void No_fix_when_the_backticks_hold_a_backslash()
    {
        var d = Assert.Single(RuleTester.Diagnostics<SC2006Backticks>("FROM debian:12\nRUN echo `echo \\$HOME`\n"));
        Assert.Null(d.Fix);
    }
}
