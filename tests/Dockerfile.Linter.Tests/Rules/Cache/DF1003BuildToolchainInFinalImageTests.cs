using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Cache;

public class DF1003BuildToolchainInFinalImageTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y gcc && gcc -o /app app.c\n")]   // no CMD/ENTRYPOINT: a base or tool image
    [InlineData("FROM debian:12\nRUN apt-get install -y gcc\nCMD [\"bash\"]\n")]                                // nothing compiled
    [InlineData("FROM debian:12\nRUN apt-get install -y gcc make && make && apt-get purge -y gcc make\nCMD [\"app\"]\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --virtual .build gcc make && make && apk del .build\nCMD [\"app\"]\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y libpq-dev curl && make\nCMD [\"app\"]\n")]           // -dev packages alone
    [InlineData("FROM golang:1.23 AS build\nRUN go build -o /app\nFROM debian:12\nCOPY --from=build /app /app\nCMD [\"/app\"]\n")]
    [InlineData("FROM golang:1.23\nRUN go test ./...\nCMD [\"go\", \"test\"]\n")]                           // no build
    [InlineData("FROM eclipse-temurin:21-jre\nRUN mvn package\nCMD [\"java\"]\n")]                           // a JRE tag
    public void Valid(string dockerfile) => RuleTester.Valid<DF1003BuildToolchainInFinalImage>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y [|build-essential|] curl && make\nCMD [\"app\"]\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y \\\n    curl \\\n    [|gcc=4:12.2.0-3|] \\\n    make \\\n && gcc -o /app app.c\nENTRYPOINT [\"/app\"]\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache [|build-base|]\nRUN ./configure && make install\nCMD [\"app\"]\n")]
    [InlineData("FROM [|golang:1.23|]\nCOPY . .\nRUN go build -o /app .\nCMD [\"/app\"]\n")]
    [InlineData("FROM [|maven:3-eclipse-temurin-21|]\nRUN mvn -B package\nCMD [\"java\", \"-jar\", \"app.jar\"]\n")]
    [InlineData("ARG GO=1.23\nFROM [|golang:${GO}|]\nRUN CGO_ENABLED=0 go install ./cmd/app\nCMD [\"app\"]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF1003BuildToolchainInFinalImage>(marked);

    [Fact]
    public void Message_suggests_a_builder_stage() =>
        Assert.Equal("The 'golang' toolchain base image stays in the image of this single-stage build; compile in a builder stage and copy only the result",
            RuleTester.Diagnostics<DF1003BuildToolchainInFinalImage>("FROM golang:1.23\nRUN go build -o /app\nCMD [\"/app\"]\n").Single().Message);
}

/// <summary>DF1003 on the final stage of a multi-stage build.</summary>
public class DF1003MultiStageTests
{
    [Theory]
    [InlineData("FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates\nCOPY --from=build /out/app /app\n")]
    [InlineData("FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM debian:12-slim\nRUN apt-get update && apt-get install -y gcc libpq-dev && pip install psycopg2 && apt-get purge -y gcc libpq-dev\n")]
    [InlineData("FROM golang:1.23 AS base\nFROM base AS dev\nRUN apt-get update && apt-get install -y make\n")]
    // headers without a compiler (Azure Functions' libc-dev for a runtime linker) are not a toolchain
    [InlineData("FROM node:22 AS a\nRUN true\nFROM debian:12\nRUN apt-get install -y libc-dev libxrender-dev\n")]
    [InlineData("FROM node:22 AS deps\nRUN npm ci\nFROM golang:1.23 AS final\nFROM final\nCMD [\"app\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF1003BuildToolchainInFinalImage>(dockerfile);

    [Theory]
    [InlineData("FROM node:22 AS assets\nRUN npm run build\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends [|gcc|] libpq-dev\nCOPY --from=assets /app/dist /static\n")]
    [InlineData("FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM [|golang:1.23|]\nCOPY --from=build /out/app /app\n")]
    [InlineData("FROM node:22 AS web\nRUN npm ci\nFROM [|mcr.microsoft.com/dotnet/sdk:8.0|]\nCOPY --from=web /app/dist /wwwroot\n")]
    [InlineData("FROM alpine:3.20 AS fetch\nRUN true\nFROM alpine:3.20\nRUN apk add --no-cache [|build-base|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF1003BuildToolchainInFinalImage>(marked);

    [Fact]
    public void Message_lists_the_packages()
    {
        var d = RuleTester.Diagnostics<DF1003BuildToolchainInFinalImage>("FROM node:22 AS a\nRUN true\nFROM debian:12\nRUN apt-get install -y gcc make libssl-dev libffi-dev python3-dev\n").Single();
        Assert.Equal("Each of the build packages 'gcc', 'make', 'libssl-dev' and 2 more stays in the final image, although the build already has other stages; compile in a builder stage and copy only the result", d.Message);
    }
}
