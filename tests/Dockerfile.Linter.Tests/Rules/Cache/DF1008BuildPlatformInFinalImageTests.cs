using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Cache;

public class DF1008BuildPlatformInFinalImageTests
{
    [Theory]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /app\n")]
    [InlineData("FROM --platform=$TARGETPLATFORM alpine:3.20\n")]
    [InlineData("FROM --platform=linux/amd64 alpine:3.20\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM build AS other\nFROM alpine:3.20\nCOPY --from=other /a /a\n")]
    // tonistiigi's vendored CI files: the default target only checks that the code builds
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nRUN go build .\nFROM scratch AS test\nCOPY --from=build /a /a\nFROM build\n")]
    // moby's development container runs on the build machine
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.23 AS base\nFROM base AS dev\nCMD [\"bash\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF1008BuildPlatformInFinalImage>(dockerfile);

    [Theory]
    [InlineData("FROM [|--platform=$BUILDPLATFORM|] alpine:3.20\nCOPY app /app\nCMD [\"/app\"]\n")]
    [InlineData("FROM [|--platform=${BUILDPLATFORM}|] node:22 AS base\nRUN npm ci\nFROM base\nCMD [\"node\", \"server.js\"]\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM [|--platform=\"$BUILDPLATFORM\"|] alpine:3.20\nCOPY --from=build /out/app /app\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF1008BuildPlatformInFinalImage>(marked);

    [Fact]
    public void Fix_removes_the_flag() =>
        RuleTester.Fix<DF1008BuildPlatformInFinalImage>("FROM --platform=$BUILDPLATFORM alpine:3.20\nCMD [\"sh\"]\n", "FROM alpine:3.20\nCMD [\"sh\"]\n");
}
