using Dockerfile.Linter.Parsing;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace Dockerfile.Linter.Tests.Parsing;

/// <summary>Snapshots of <see cref="SyntaxTreeJson"/> for representative inputs (review the .snap files on change).</summary>
public class SyntaxTreeJsonSnapshotTests
{
    private static void MatchTree(string text) =>
        Snapshot.Match(JToken.Parse(SyntaxTreeJson.ToJson(DockerfileParser.Parse(text))));

    [Fact]
    public void Multi_stage_build() => MatchTree(
        "# syntax=docker/dockerfile:1\n" +
        "ARG GO=1.22\n" +
        "FROM --platform=$BUILDPLATFORM golang:${GO} AS build\n" +
        "WORKDIR /src\n" +
        "RUN --mount=type=cache,target=/root/.cache/go-build go build -o /out/app .\n" +
        "\n" +
        "# runtime image\n" +
        "FROM gcr.io/distroless/static:nonroot\n" +
        "COPY --from=build /out/app /app\n" +
        "USER nonroot:nonroot\n" +
        "EXPOSE 8080/tcp\n" +
        "ENTRYPOINT [\"/app\"]\n");

    [Fact]
    public void Heredocs() => MatchTree(
        "FROM alpine\n" +
        "RUN <<EOF\n" +
        "apk add curl\n" +
        "EOF\n" +
        "COPY <<-\"CONF\" /etc/app.conf\n" +
        "\tkey=$value\n" +
        "\tCONF\n");

    [Fact]
    public void Onbuild_and_healthcheck() => MatchTree(
        "FROM node:20\n" +
        "ONBUILD COPY . /app\n" +
        "ONBUILD RUN [\"npm\", \"ci\"]\n" +
        "HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1\n");

    [Fact]
    public void Escape_directive_with_continuations() => MatchTree(
        "# escape=`\n" +
        "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n" +
        "RUN powershell -Command `\n" +
        "    # a comment inside the continuation\n" +
        "    Write-Host hello; `\n" +
        "    Write-Host world\n" +
        "COPY c:\\src c:\\dest\n");

    [Fact]
    public void Crlf_env_label_and_arg() => MatchTree(
        "FROM debian\r\n" +
        "ENV A=1 B=\"two words\"\r\n" +
        "ENV LEGACY some value\r\n" +
        "LABEL org.opencontainers.image.title=\"demo\"\r\n" +
        "ARG VERSION=1.0 DEBUG\r\n");

    [Fact]
    public void Parse_errors_and_warnings() => MatchTree(
        "FROM a\n" +
        "RUN echo \\\n" +
        "\n" +
        "  done\n" +
        "ENV ONLYKEY\n" +
        "CMD [\"ok\", 1]\n");
}
