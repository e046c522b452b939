using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.Context;

namespace Dockerfile.Linter.Tests.Rules.Secrets;

public class DF3004SecretFileDeletedLaterTests
{
    [Theory]
    [InlineData("FROM node:22-alpine\nCOPY package.json ./\nRUN npm ci && rm -rf node_modules/.cache\n")]
    [InlineData("FROM node:22-alpine\nCOPY .npmrc ./\nRUN npm ci\n")] // never deleted: not this rule
    [InlineData("FROM node:22-alpine\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n")]
    [InlineData("FROM alpine:3.20\nCOPY id_rsa.pub /root/.ssh/authorized_keys\nRUN rm -f /root/.ssh/authorized_keys\n")]
    [InlineData("FROM alpine:3.20\nCOPY .npmrc /app/\nRUN rm /other/.npmrc\n")]
    [InlineData("FROM alpine:3.20 AS a\nCOPY .npmrc /app/\nFROM alpine:3.20\nRUN rm -f /app/.npmrc\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF3004SecretFileDeletedLater>(dockerfile);

    [Theory]
    [InlineData("FROM node:22-alpine\nWORKDIR /app\nCOPY [|.npmrc|] package.json ./\nRUN npm ci && rm -f .npmrc\n")]
    [InlineData("FROM alpine:3.20\nCOPY [|id_rsa|] /root/.ssh/id_rsa\nRUN git clone git@github.com:o/r.git \\\n && rm -rf /root/.ssh\n")]
    [InlineData("FROM alpine:3.20\nADD [|secrets/server.key|] /etc/ssl/\nRUN build.sh\nRUN shred -u /etc/ssl/server.key\n")]
    [InlineData("FROM python:3.12\nCOPY [|.pypirc|] /root/\nRUN <<EOF\npip install private-pkg\nrm ~/.pypirc\nEOF\n")]
    [InlineData("FROM alpine:3.20\nCOPY --chown=app [|config.json|] /home/app/.docker/config.json\nRUN rm /home/app/.docker/config.json\n")]
    [InlineData("FROM alpine:3.20 AS base\nCOPY [|.netrc|] /root/\nFROM base\nRUN rm /root/.netrc\n")] // removed in a child stage
    [InlineData("FROM alpine:3.20 AS base\nCOPY [|.netrc|] /root/\nRUN rm /root/.netrc\nFROM base\nRUN true\n")] // reported once
    public void Invalid(string marked) => RuleTester.Invalid<DF3004SecretFileDeletedLater>(marked);

    [Fact]
    public void Message_names_the_file_and_the_removal_line() =>
        Assert.Equal("'/app/.npmrc' is deleted on line 4, but it stays in the layer this COPY creates; mount it with RUN --mount=type=secret instead",
            RuleTester.Diagnostics<DF3004SecretFileDeletedLater>("FROM node:22-alpine\nCOPY .npmrc /app/\nRUN npm ci\nRUN rm /app/.npmrc\n").Single().Message);

    [Fact]
    public void With_the_build_context_the_content_decides()
    {
        using var ctx = new TempContext()
            .File(".npmrc", "engine-strict=true\n")
            .File("id_rsa", "")
            .File("server.key", "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");
        var options = new LintOptions { ContextDirectory = ctx.Root };
        RuleTester.Valid<DF3004SecretFileDeletedLater>("FROM node:22-alpine\nCOPY .npmrc id_rsa /app/\nRUN npm ci && rm -f /app/.npmrc /app/id_rsa\n", options);
        RuleTester.Invalid<DF3004SecretFileDeletedLater>("FROM alpine:3.20\nCOPY [|server.key|] /etc/ssl/\nRUN rm /etc/ssl/server.key\n", options);
    }

    [Fact]
    public void Templates_are_not_credential_files() =>
        RuleTester.Valid<DF3004SecretFileDeletedLater>("FROM alpine:3.20\nCOPY .env.example .npmrc.sample /app/\nRUN rm /app/.env.example /app/.npmrc.sample\n");
}
