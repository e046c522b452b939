using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Syntax;

public class DL3024DuplicateStageNameTests
{
    [Theory]
    [InlineData("FROM alpine:3.20 AS build\nFROM alpine:3.20 AS test\n")]
    [InlineData("FROM alpine:3.20\nFROM alpine:3.20\n")]                                  // unnamed stages
    [InlineData("FROM alpine:3.20 AS build\nFROM build AS build-2\n")]
    [InlineData("FROM alpine:3.20 AS a\nONBUILD COPY --from=a /x /y\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3024DuplicateStageName>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20 AS build\nRUN true\nFROM debian:12 AS [|build|]\n")]
    [InlineData("FROM alpine:3.20 AS Build\nFROM debian:12 as [|build|]\n")]                  // BuildKit lower-cases names
    [InlineData("FROM alpine:3.20 AS a\nFROM alpine:3.20 AS [|a|]\nFROM alpine:3.20 AS [|A|]\n")]
    [InlineData("FROM alpine:3.20 AS a\r\nFROM alpine:3.20 \\\r\n  AS [|a|]\r\n")]              // continuation, CRLF
    public void Invalid(string marked) => RuleTester.Invalid<DL3024DuplicateStageName>(marked);

    [Fact]
    public void Message_is_BuildKits_with_the_lower_cased_name() =>
        Assert.Equal("Duplicate stage name \"build\", stage names should be unique",
            RuleTester.Diagnostics<DL3024DuplicateStageName>("FROM a:1 AS build\nFROM b:1 AS Build\n").Single().Message);
}
