using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Style;

public class DF6002FromAsCasingTests
{
    [Theory]
    [InlineData("FROM alpine:3.20 AS build\n")]
    [InlineData("from alpine:3.20 as build\n")]
    [InlineData("From alpine:3.20 as build\n")]                           // mixed-case FROM: left to DF6004
    [InlineData("From alpine:3.20 AS build\n")]
    [InlineData("FROM alpine:3.20\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF6002FromAsCasing>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20 [|as|] build\n")]
    [InlineData("FROM alpine:3.20 [|As|] build\n")]
    [InlineData("from alpine:3.20 [|AS|] build\n")]
    [InlineData("from alpine:3.20 [|aS|] build\nFROM alpine:3.20 [|as|] two\n")]
    [InlineData("FROM alpine:3.20 \\\n    [|as|] build\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF6002FromAsCasing>(marked);

    [Fact]
    public void Fix_follows_the_from_keyword()
    {
        RuleTester.Fix<DF6002FromAsCasing>("FROM alpine:3.20 as build\n", "FROM alpine:3.20 AS build\n");
        RuleTester.Fix<DF6002FromAsCasing>("from alpine:3.20 AS build\n", "from alpine:3.20 as build\n");
    }

    [Fact]
    public void Message_names_both_keywords() =>
        Assert.Equal("'as' and 'FROM' keywords' casing do not match",
            RuleTester.Diagnostics<DF6002FromAsCasing>("FROM alpine:3.20 as build\n").Single().Message);
}
