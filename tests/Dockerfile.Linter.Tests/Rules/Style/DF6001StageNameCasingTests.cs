using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Style;

public class DF6001StageNameCasingTests
{
    [Theory]
    [InlineData("FROM alpine:3.20 AS build\nRUN true\n")]
    [InlineData("FROM alpine:3.20\nRUN true\n")]
    [InlineData("FROM alpine:3.20 AS build-1.x_y\n")]
    [InlineData("FROM Alpine AS base\n")]                                  // image casing is not this rule's business
    public void Valid(string dockerfile) => RuleTester.Valid<DF6001StageNameCasing>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20 AS [|Build|]\n")]
    [InlineData("from alpine:3.20 as [|BUILD|]\n")]
    [InlineData("FROM alpine:3.20 AS [|Base|]\nFROM base AS [|Final|]\nCOPY --from=Base /a /b\n")]
    [InlineData("FROM alpine:3.20 \\\n  AS [|Build|]\n")]                  // name on a continuation line
    [InlineData("FROM alpine:3.20 AS [|Build|]\r\nRUN true\r\n")]           // CRLF
    public void Invalid(string marked) => RuleTester.Invalid<DF6001StageNameCasing>(marked);

    [Fact]
    public void Fix_lowercases_the_name() =>
        RuleTester.Fix<DF6001StageNameCasing>("FROM alpine:3.20 AS Build\nFROM Build\n", "FROM alpine:3.20 AS build\nFROM Build\n");

    [Fact]
    public void Message_names_the_stage() =>
        Assert.Equal("Stage name 'Build' should be lowercase",
            RuleTester.Diagnostics<DF6001StageNameCasing>("FROM alpine:3.20 AS Build\n").Single().Message);
}
