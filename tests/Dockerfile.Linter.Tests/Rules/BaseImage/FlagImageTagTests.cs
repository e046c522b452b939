using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.BaseImage;

/// <summary>DL3006 and DL3007 asked of the images named by COPY --from and RUN --mount=from=.</summary>
public class FlagImageTagTests
{
    [Theory]
    [InlineData("FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /out/app /app\n")]
    [InlineData("FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=0 /out/app /app\n")]
    [InlineData("FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n")]
    [InlineData("FROM alpine:3.20\nCOPY --from=ghcr.io/org/tool@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef /tool /tool\n")]
    [InlineData("FROM alpine:3.20\nCOPY --from=nginx /etc/nginx/nginx.conf /etc/nginx/\n")] // a bare name is DL3022's question
    [InlineData("FROM golang:1.23 AS build\nFROM alpine:3.20\nRUN --mount=from=build,source=/out,target=/mnt cp /mnt/app /app\n")]
    [InlineData("FROM alpine:3.20\nRUN --mount=type=bind,from=golang:1.23,source=/usr/local/go,target=/go true\n")]
    [InlineData("ARG TOOL\nFROM alpine:3.20\nCOPY --from=$TOOL /tool /tool\n")]
    [InlineData("FROM alpine:3.20\nONBUILD COPY --from=ghcr.io/org/tool /tool /tool\n")]
    public void Untagged_valid(string dockerfile) => RuleTester.Valid<DL3006UntaggedImage>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nCOPY --from=[|ghcr.io/org/tool|] /tool /tool\n")]
    [InlineData("FROM alpine:3.20\nCOPY --link --from=[|docker.io/library/nginx|] /etc/nginx/nginx.conf /etc/nginx/\n")]
    [InlineData("FROM alpine:3.20\nARG TOOL_IMAGE=ghcr.io/org/tool\nCOPY --from=[|$TOOL_IMAGE|] /tool /tool\n")]
    [InlineData("FROM alpine:3.20\nRUN --mount=type=bind,from=[|docker.io/library/golang|],source=/usr/local/go,target=/go true\n")]
    public void Untagged_invalid(string marked) => RuleTester.Invalid<DL3006UntaggedImage>(marked);

    [Theory]
    [InlineData("FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n")]
    [InlineData("FROM alpine:3.20\nCOPY --from=nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef /a /a\n")]
    [InlineData("FROM alpine:3.20\nRUN --mount=from=golang:1.23,source=/usr/local/go,target=/go true\n")]
    public void Latest_valid(string dockerfile) => RuleTester.Valid<DL3007LatestTag>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nCOPY --from=[|nginx:latest|] /etc/nginx/nginx.conf /etc/nginx/\n")]
    [InlineData("FROM alpine:3.20\nRUN --mount=type=bind,from=[|golang:latest|],source=/usr/local/go,target=/go true\n")]
    [InlineData("FROM alpine:3.20\nARG TAG=latest\nCOPY --from=[|ghcr.io/org/tool:${TAG}|] /tool /tool\n")]
    public void Latest_invalid(string marked) => RuleTester.Invalid<DL3007LatestTag>(marked);
}
