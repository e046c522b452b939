using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Syntax;

public class DL3043OnbuildForbiddenTriggerTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nONBUILD RUN echo hi\n")]
    [InlineData("FROM alpine:3.20\nONBUILD COPY . /app\n")]
    [InlineData("FROM alpine:3.20\nRUN echo ONBUILD FROM x\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3043OnbuildForbiddenTrigger>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nONBUILD [|FROM|] alpine:3.20\n")]
    [InlineData("FROM alpine:3.20\nONBUILD [|MAINTAINER|] me\n")]
    [InlineData("FROM alpine:3.20\nonbuild [|onbuild|] run true\n")]
    [InlineData("FROM alpine:3.20 AS a\nRUN true\nFROM a\nONBUILD \\\n  [|FROM|] alpine:3.20\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3043OnbuildForbiddenTrigger>(marked);

    [Fact]
    public void Message_names_the_trigger() =>
        Assert.Equal("ONBUILD ONBUILD is not allowed",
            RuleTester.Diagnostics<DL3043OnbuildForbiddenTrigger>("FROM a:1\nONBUILD onbuild RUN x\n").Single().Message);
}
