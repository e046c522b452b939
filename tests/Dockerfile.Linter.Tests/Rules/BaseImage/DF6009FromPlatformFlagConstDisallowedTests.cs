using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.BaseImage;

public class DF6009FromPlatformFlagConstDisallowedTests
{
    [Theory]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n")]
    [InlineData("FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20\n")]
    [InlineData("FROM --platform=linux/arm64 alpine:3.20 AS build-arm64\n")]
    [InlineData("FROM --platform=linux/amd64 alpine:3.20 AS linux-build\n")]
    [InlineData("FROM --platform=linux/x86_64 alpine:3.20 AS build-amd64\n")]       // normalized architecture
    [InlineData("FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022 AS windows\n")]
    [InlineData("FROM alpine:3.20\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF6009FromPlatformFlagConstDisallowed>(dockerfile);

    [Theory]
    [InlineData("FROM --platform=[|linux/amd64|] golang:1.23 AS build\n")]
    [InlineData("FROM --platform=[|linux/arm/v7|] alpine:3.20\n")]
    [InlineData("FROM --platform=[|arm64|] alpine:3.20 AS builder\n")]
    [InlineData("FROM alpine:3.20 AS a\nFROM --platform=[|linux/arm64|] a AS b\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF6009FromPlatformFlagConstDisallowed>(marked);

    [Fact]
    public void Message_quotes_the_value() =>
        Assert.Equal("FROM --platform flag should not use constant value \"linux/amd64\"",
            RuleTester.Diagnostics<DF6009FromPlatformFlagConstDisallowed>("FROM --platform=linux/amd64 alpine:3.20\n").Single().Message);
}
