using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.BaseImage;

public class DL3007LatestTagTests
{
    [Theory]
    [InlineData("FROM node:22-alpine\n")]
    [InlineData("FROM node\n")]
    [InlineData("FROM node:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000\n")]
    [InlineData("FROM localhost:5000/latest\n")]
    [InlineData("ARG TAG\nFROM node:$TAG\n")]
    [InlineData("FROM node:LATEST2\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3007LatestTag>(dockerfile);

    [Theory]
    [InlineData("FROM [|node:latest|]\n")]
    [InlineData("FROM [|ghcr.io/org/app:latest|] AS app\n")]
    [InlineData("ARG TAG=latest\nFROM [|node:$TAG|]\n")]
    [InlineData("ARG PROJECT\nFROM [|gcr.io/$PROJECT/builder:latest|] AS builder\n")]
    [InlineData("FROM node:22 AS a\nFROM [|busybox:latest|]\nCOPY --from=a /x /x\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3007LatestTag>(marked);
}
