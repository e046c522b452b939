using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.BaseImage;

public class DL3029FromPlatformFlagTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n")]
    [InlineData("FROM --platform=${TARGETPLATFORM} alpine:3.20\n")]
    [InlineData("FROM --platform=${TARGETOS}/${TARGETARCH} alpine:3.20\n")]                  // automatic args
    [InlineData("ARG PLATFORM\nFROM --platform=$PLATFORM alpine:3.20\n")]                    // unknown: silent
    public void Valid(string dockerfile) => RuleTester.Valid<DL3029FromPlatformFlag>(dockerfile);

    [Theory]
    [InlineData("FROM [|--platform=linux/amd64|] alpine:3.20\n")]
    [InlineData("FROM [|--platform=\"linux/arm64\"|] alpine:3.20 AS a\nFROM a\n")]
    [InlineData("ARG PLATFORM=linux/amd64\nFROM [|--platform=$PLATFORM|] alpine:3.20\n")]    // resolved to a constant
    [InlineData("FROM \\\n  [|--platform=linux/amd64|] \\\n  alpine:3.20\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3029FromPlatformFlag>(marked);

    [Fact]
    public void Message_shows_the_resolved_platform() =>
        Assert.StartsWith("FROM --platform=linux/arm64 pins",
            RuleTester.Diagnostics<DL3029FromPlatformFlag>("ARG P=linux/arm64\nFROM --platform=${P} a:1\n").Single().Message);
}
