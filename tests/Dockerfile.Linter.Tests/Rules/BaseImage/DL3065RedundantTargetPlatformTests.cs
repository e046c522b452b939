using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.BaseImage;

public class DL3065RedundantTargetPlatformTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM alpine:3.20\n")]
    [InlineData("FROM --platform=linux/amd64 alpine:3.20\n")]
    [InlineData("FROM --platform=$TARGETPLATFORM-x alpine:3.20\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3065RedundantTargetPlatform>(dockerfile);

    [Theory]
    [InlineData("FROM [|--platform=$TARGETPLATFORM|] alpine:3.20\n")]
    [InlineData("FROM [|--platform=${TARGETPLATFORM}|] alpine:3.20 AS a\nFROM a\n")]
    [InlineData("FROM [|--platform=\"$TARGETPLATFORM\"|] alpine:3.20\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3065RedundantTargetPlatform>(marked);

    [Fact]
    public void Fix_removes_the_flag() =>
        RuleTester.Fix<DL3065RedundantTargetPlatform>(
            "FROM --platform=$TARGETPLATFORM  alpine:3.20 AS build\nRUN true\n",
            "FROM alpine:3.20 AS build\nRUN true\n");

    [Fact]
    public void Fix_keeps_a_line_continuation() =>
        RuleTester.Fix<DL3065RedundantTargetPlatform>(
            "FROM --platform=$TARGETPLATFORM \\\n  alpine:3.20\n",
            "FROM \\\n  alpine:3.20\n");
}
