using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.Context;

namespace Dockerfile.Linter.Tests.Rules.Secrets;

public class DF3006SecretFileInImageTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nCOPY id_ed25519.pub /root/.ssh/authorized_keys\n")]
    [InlineData("FROM alpine:3.20\nCOPY .env.example /app/.env.example\n")]
    [InlineData("FROM alpine:3.20\nCOPY meta.env /etc/app/\n")]
    [InlineData("FROM alpine:3.20\nCOPY .npmrc /app/\nRUN npm ci && rm /app/.npmrc\n")] // DF3004's case
    [InlineData("FROM node:22 AS build\nCOPY .npmrc ./\nRUN npm ci\nFROM node:22-slim\nCOPY --from=build /app/dist /app\n")] // builder only
    [InlineData("FROM alpine:3.20\nCOPY cert.pem /etc/ssl/certs/\n")]
    [InlineData("FROM alpine:3.20\nADD https://example.com/server.key /tmp/\n")]
    // Without the content, names that say little about it are not reported.
    [InlineData("FROM alpine:3.20\nWORKDIR /app\nCOPY .env package.json ./\n")]
    [InlineData("FROM node:22\nCOPY package.json .yarnrc.yml .npmrc ./\n")]
    [InlineData("FROM alpine:3.20\nCOPY docker-auth.json /root/.docker/config.json\n")]
    [InlineData("FROM alpine:3.20\nCOPY secrets.yaml.dist credentials.json.sample .env.local.example /app/\n")] // templates
    public void Valid(string dockerfile) => RuleTester.Valid<DF3006SecretFileInImage>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nCOPY [|id_ed25519|] /root/.ssh/id_ed25519\n")]
    [InlineData("FROM nginx:1.27\nCOPY [|certs/server.key|] certs/server.crt /etc/nginx/ssl/\n")]
    [InlineData("FROM alpine:3.20\nCOPY [|host.key|] /etc/ssh/\n")]
    [InlineData("FROM alpine:3.20 AS keys\nFROM alpine:3.20\nCOPY --from=keys [|/root/.ssh/id_rsa|] /root/.ssh/\n")]
    [InlineData("FROM alpine:3.20\nCOPY [|deploy.p12|] [|.git-credentials|] /secrets/\n")]
    [InlineData("FROM alpine:3.20 AS base\nCOPY [|.netrc|] /root/\nFROM base\nRUN true\n")] // inherited by the final stage
    public void Invalid(string marked) => RuleTester.Invalid<DF3006SecretFileInImage>(marked);

    // The audit's reproducer: harmless .yarnrc.yml and .npmrc and an empty app.key in the build context.
    [Fact]
    public void Harmless_and_empty_files_of_the_build_context_are_not_reported_by_any_rule()
    {
        using var ctx = new TempContext()
            .File("package.json", "{}")
            .File(".yarnrc.yml", "nodeLinker: node-modules\n")
            .File(".npmrc", "engine-strict=true\n")
            .File("app.key", "");
        var options = new LintOptions { ContextDirectory = ctx.Root, Enable = { "DF2001", "DF3004", "DF3006" } };
        var findings = new DockerfileLinter(options)
            .Lint("FROM node:22\nWORKDIR /app\nCOPY package.json .yarnrc.yml .npmrc ./\nCOPY app.key /app/\nCOPY . .\n")
            .Diagnostics.Where(d => d.Code is "DF2001" or "DF3004" or "DF3006");
        Assert.Empty(findings);
    }

    // With real content: one finding per file, DF2001's (it reads the build context), at the first COPY that sends it.
    [Fact]
    public void A_secret_file_of_the_build_context_is_one_finding()
    {
        using var ctx = new TempContext()
            .File("package.json", "{}")
            .File(".npmrc", "//registry.npmjs.org/:_authToken=npm_FAKE0000000000000000000000000000000\n")
            .File("app.key", "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");
        var options = new LintOptions { ContextDirectory = ctx.Root, Enable = { "DF2001", "DF3004", "DF3006" } };
        var findings = new DockerfileLinter(options)
            .Lint("FROM node:22\nWORKDIR /app\nCOPY package.json .npmrc ./\nCOPY app.key /app/\nCOPY . .\n")
            .Diagnostics.Where(d => d.Code is "DF2001" or "DF3004" or "DF3006").ToList();
        Assert.Equal(["DF2001 3", "DF2001 4"], findings.Select(d => $"{d.Code} {d.Location.Start.Line}"));
        Assert.Contains(".npmrc (npm registry token)", findings[0].Message);
        Assert.Contains("app.key (private key)", findings[1].Message);
    }
}
