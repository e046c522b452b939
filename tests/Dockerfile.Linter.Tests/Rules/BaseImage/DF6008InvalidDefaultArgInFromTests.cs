using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.BaseImage;

public class DF6008InvalidDefaultArgInFromTests
{
    [Theory]
    [InlineData("ARG TAG=3.20\nFROM alpine:${TAG}\n")]
    [InlineData("ARG TAG\nFROM alpine:${TAG:-3.20}\n")]
    [InlineData("ARG IMAGE=ghcr.io/org/app:1.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM $IMAGE\n")]
    [InlineData("ARG REG=localhost:5000\nFROM $REG/app:1\n")]
    [InlineData("FROM alpine:3.20 AS base\nARG X\nFROM base\n")]
    [InlineData("FROM alpine:${TARGETARCH}\n")]                                       // automatic arguments have values
    [InlineData("ARG BASE=scratch\nFROM $BASE\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF6008InvalidDefaultArgInFrom>(dockerfile);

    [Theory]
    [InlineData("ARG TAG\nFROM [|alpine:${TAG}|]\n")]
    [InlineData("ARG BASE\nFROM [|$BASE|]\n")]
    [InlineData("ARG NAME=Alpine\nFROM [|${NAME}:3.20|]\n")]
    [InlineData("ARG V\nFROM alpine:3.20 AS a\nFROM [|platform-${V}|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF6008InvalidDefaultArgInFrom>(marked);

    [Fact]
    public void Message_shows_the_image_as_written() =>
        Assert.Equal("Default value for ARG alpine:${TAG} results in empty or invalid base image name",
            RuleTester.Diagnostics<DF6008InvalidDefaultArgInFrom>("ARG TAG\nFROM alpine:${TAG}\n").Single().Message);
}
