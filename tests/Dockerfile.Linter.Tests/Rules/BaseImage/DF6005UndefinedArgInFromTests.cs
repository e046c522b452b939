using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.BaseImage;

public class DF6005UndefinedArgInFromTests
{
    [Theory]
    [InlineData("ARG TAG=3.20\nFROM alpine:${TAG}\n")]
    [InlineData("ARG TAG\nFROM alpine:${TAG}\n")]                                     // declared without default
    [InlineData("FROM --platform=$BUILDPLATFORM alpine:3.20\n")]                      // automatic argument
    [InlineData("FROM alpine:${TARGETARCH}\n")]
    [InlineData("FROM alpine:3.20\nARG X=1\nFROM alpine:3.20 AS b\n")]
    [InlineData("FROM alpine:3.20\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF6005UndefinedArgInFrom>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:[|${TAG}|]\n")]
    [InlineData("ARG NODE_VERSION=22\nFROM node:[|${NODE_VERSON}|]-alpine\n")]
    [InlineData("FROM --platform=[|$PLATFORM|] alpine:3.20\n")]
    [InlineData("FROM alpine:3.20\nARG V=1\nFROM alpine:[|$V|]\n")]                  // a stage ARG is not global
    [InlineData("FROM [|${BASE:-alpine}|]:3.20\n")]                                    // a default does not declare it
    [InlineData("ARG A=1\nFROM [|$REG|]/img:[|$T|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF6005UndefinedArgInFrom>(marked);

    [Fact]
    public void Message_suggests_a_close_name() =>
        Assert.Equal("FROM argument 'NODE_VERSON' is not declared (did you mean NODE_VERSION?)",
            RuleTester.Diagnostics<DF6005UndefinedArgInFrom>("ARG NODE_VERSION=22\nFROM node:${NODE_VERSON}\n").Single().Message);

    [Fact]
    public void Message_without_suggestion() =>
        Assert.Equal("FROM argument 'BASE' is not declared",
            RuleTester.Diagnostics<DF6005UndefinedArgInFrom>("FROM $BASE\n").Single().Message);
}
