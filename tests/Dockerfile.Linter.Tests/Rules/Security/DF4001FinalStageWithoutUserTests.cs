using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

public class DF4001FinalStageWithoutUserTests
{
    [Theory]
    [InlineData("FROM python:3.12-slim\nUSER app\n")]
    [InlineData("FROM python:3.12-slim\nUSER root\n")] // DL3002's case
    [InlineData("FROM python:3.12-slim AS base\nUSER 10001\nFROM base\nCMD [\"python\"]\n")] // inherited through FROM <stage>
    [InlineData("FROM golang:1.23 AS build\nRUN go build\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /app /app\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/runtime:8.0-jammy-chiseled\nCOPY app /app\n")]
    [InlineData("FROM debian:12-slim\nRUN apt-get update && apt-get install -y gosu\nENTRYPOINT [\"docker-entrypoint.sh\"]\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo hi\n")]
    [InlineData("FROM alpine:3.20\nSHELL [\"pwsh\", \"-Command\"]\nRUN echo hi\n")]
    [InlineData("FROM alpine:3.20\nUSER app\nFROM alpine:3.20 AS final\nUSER app\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF4001FinalStageWithoutUser>(dockerfile);

    [Theory]
    [InlineData("FROM [|python:3.12-slim|]\nCMD [\"python\"]\n")]
    [InlineData("FROM python:3.12 AS build\nUSER app\nFROM [|python:3.12-slim|]\nCOPY --from=build /a /a\n")] // USER of another lineage does not count
    [InlineData("FROM alpine:3.20 AS base\nRUN true\nFROM [|base|]\nCMD [\"sh\"]\n")]
    [InlineData("FROM [|scratch|]\nCOPY app /app\n")]
    [InlineData("FROM [|alpine:3.20|]\nONBUILD USER app\n")] // an ONBUILD USER only applies to child images
    public void Invalid(string marked) => RuleTester.Invalid<DF4001FinalStageWithoutUser>(marked);
}
