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
    // moby: every value of TARGETOS names a stage defined above
    [InlineData("FROM alpine:3.20 AS containerd-linux\nFROM alpine:3.20 AS containerd-windows\nFROM containerd-${TARGETOS} AS containerd\n")]
    [InlineData("ARG VARIANT\nFROM alpine:3.20 AS base-alpine\nFROM base-$VARIANT\n")]
    [InlineData("FROM alpine:3.20 AS build-linux-amd64\nFROM build-${TARGETOS}-${TARGETARCH}\n")]
    // ARG without default: DF6008 reports the empty reference, once
    [InlineData("ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n")]
    [InlineData("ARG BASE\nFROM $BASE AS build\n")]
    [InlineData("ARG REG=ghcr.io\nARG NAME\nFROM alpine:3.20 AS x\nFROM ${REG}/${NAME}\n")]  // "ghcr.io/": DF6008's
    public void Valid(string dockerfile) => RuleTester.Valid<DL3006UntaggedImage>(dockerfile);

    [Theory]
    [InlineData("FROM [|debian|]\n")]
    [InlineData("FROM [|localhost:5000/team/app|]\n")]
    [InlineData("FROM --platform=linux/amd64 [|ubuntu|] AS build\n")]
    [InlineData("ARG BASE=debian\nFROM [|$BASE|]\n")]
    [InlineData("ARG REG=ghcr.io\nFROM [|${REG}/org/tool|]\n")]
    [InlineData("FROM alpine:3.20 AS containerd-linux\nFROM [|other-${TARGETOS}|]\n")]           // no such stage
    [InlineData("ARG REG\nFROM alpine:3.20 AS x\nFROM [|${REG}tool|]\n")]                 // "tool" by default, no stage
    [InlineData("FROM golang:1.23 AS build\nFROM [|alpine|]\nCOPY --from=build /out /out\n")]
    [InlineData("FROM [|later|]\nFROM alpine:3.20 AS later\n")]
    [InlineData("FROM debian:12 AS a\nFROM [|ubuntu|] AS b\nFROM a\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3006UntaggedImage>(marked);

    [Fact]
    public void Message_names_the_resolved_image() =>
        Assert.Equal("Image 'debian' has no tag; pin a version (or a digest)",
            RuleTester.Diagnostics<DL3006UntaggedImage>("ARG BASE=debian\nFROM $BASE\n").Single().Message);

    [Fact]
    public void An_arg_without_default_is_one_finding_of_DF6008()
    {
        var linter = new DockerfileLinter(new LintOptions { Enable = { "DL3006", "DF6008" } });
        var findings = linter.Lint("ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n").Diagnostics
            .Where(d => d.Code is "DL3006" or "DF6008").ToList();
        Assert.Equal("DF6008", Assert.Single(findings).Code);
    }
}
