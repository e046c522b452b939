using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.BaseImage;

public class DL3006UntaggedImageTests
{
    [Theory]
    [InlineData("FROM debian:12\n")]
    [InlineData("FROM debian@sha256:0000000000000000000000000000000000000000000000000000000000000000\n")]
    [InlineData("FROM scratch\n")]
    [InlineData("FROM localhost:5000/team/app:1.2\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM build\n")]
    [InlineData("FROM golang:1.23 AS Build\nFROM build AS final\n")]
    [InlineData("ARG BASE=debian:12\nFROM $BASE\n")]
    [InlineData("ARG REG\nFROM $REG/app:1.2\n")]
    [InlineData("ARG BASE\nFROM $BASE@sha256:abc\n")]
    [InlineData("ARG TAG=12\nFROM debian:${TAG}\n")]
    [InlineData("ARG TAG=\nFROM debian:$TAG\n")]
    [InlineData("ARG FIRST=first\nFROM alpine:3.20 AS ${FIRST}\nFROM ${FIRST}\n")]
    [InlineData("FROM debian:12\nONBUILD FROM ubuntu\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3006UntaggedImage>(dockerfile);

    [Theory]
    [InlineData("FROM [|debian|]\n")]
    [InlineData("FROM [|localhost:5000/team/app|]\n")]
    [InlineData("FROM --platform=linux/amd64 [|ubuntu|] AS build\n")]
    [InlineData("ARG BASE=debian\nFROM [|$BASE|]\n")]
    [InlineData("ARG REG=ghcr.io\nFROM [|${REG}/org/tool|]\n")]
    [InlineData("ARG BASE\nFROM [|$BASE|]\n")]
    [InlineData("ARG BASE\nFROM [|${BASE}|] AS build\n")]
    [InlineData("FROM golang:1.23 AS build\nFROM [|alpine|]\nCOPY --from=build /out /out\n")]
    [InlineData("FROM [|later|]\nFROM alpine:3.20 AS later\n")]
    [InlineData("FROM debian:12 AS a\nFROM [|ubuntu|] AS b\nFROM a\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3006UntaggedImage>(marked);

    [Fact]
    public void Message_names_the_resolved_image() =>
        Assert.Equal("Image 'debian' has no tag; pin a version (or a digest)",
            RuleTester.Diagnostics<DL3006UntaggedImage>("ARG BASE=debian\nFROM $BASE\n").Single().Message);
}
