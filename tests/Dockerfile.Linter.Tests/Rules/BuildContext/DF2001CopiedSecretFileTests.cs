using Dockerfile.Linter.Context;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.Context;

namespace Dockerfile.Linter.Tests.Rules.BuildContext;

public sealed class DF2001CopiedSecretFileTests : IDisposable
{
    private readonly TempContext _ctx = new TempContext()
        .File("package.json", "{}")
        .File("src/server.js", "require('http')")
        .File(".env", "AWS_SECRET_ACCESS_KEY=" + Tests.Secrets.FakeSecrets.Token("", 40) + "\n")
        .File("config/.env.production", "DB_PASSWORD=Zq8rT2vLm4Xw\n")
        .File("config/app.yaml", "port: 8080\n")
        .File("certs/server.pem", "-----BEGIN PRIVATE KEY-----\nEXAMPLE\n-----END PRIVATE KEY-----\n")
        .File("certs/ca.pem", "-----BEGIN CERTIFICATE-----\nEXAMPLE\n-----END CERTIFICATE-----\n");

    public void Dispose() => _ctx.Dispose();

    private LintOptions Options => new() { ContextDirectory = _ctx.Root };

    [Theory]
    [InlineData("FROM node:22-alpine\nCOPY src/ /app/src/\n")]
    [InlineData("FROM node:22-alpine\nCOPY package.json certs/ca.pem /app/\n")]
    [InlineData("FROM node:22-alpine AS build\nFROM node:22-alpine\nCOPY --from=build . /app\n")]
    [InlineData("FROM node:22-alpine\nONBUILD COPY . /app\n")]
    [InlineData("FROM node:22-alpine\nCOPY $UNKNOWN /app\n")]
    [InlineData("FROM node:22-alpine\nCOPY <<EOF /app/.env\nA=1\nEOF\n")]
    [InlineData("FROM node:22-alpine\nADD https://example.com/.env /app/\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF2001CopiedSecretFile>(dockerfile, Options);

    [Theory]
    [InlineData("FROM node:22-alpine\nWORKDIR /app\nCOPY [|.|] .\n")]
    [InlineData("FROM node:22-alpine\nCOPY package.json [|config|] /app/\n")]
    [InlineData("FROM node:22-alpine\nCOPY [|certs/*.pem|] /certs/\n")]
    [InlineData("FROM node:22-alpine\nCOPY [[|\"./config/\"|], \"/app/\"]\n")]
    [InlineData("FROM node:22-alpine\nARG CONF=config\nCOPY [|${CONF}|] /app/\n")]
    [InlineData("FROM node:22-alpine AS build\nCOPY [|.|] /src\nFROM node:22-alpine\nADD [|.|] /app\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF2001CopiedSecretFile>(marked, Options);

    [Fact]
    public void Silent_without_a_build_context() =>
        RuleTester.Valid<DF2001CopiedSecretFile>("FROM node:22-alpine\nCOPY . /app\n");

    [Fact]
    public void Silent_when_dockerignore_excludes_the_secrets()
    {
        _ctx.File(".dockerignore", ".env\n**/.env.*\n**/*.pem\n");
        RuleTester.Valid<DF2001CopiedSecretFile>("FROM node:22-alpine\nCOPY . /app\n", Options);
    }

    [Fact]
    public void Message_names_the_files()
    {
        var message = RuleTester.Diagnostics<DF2001CopiedSecretFile>("FROM node:22-alpine\nCOPY . /app\n", Options).Single().Message;
        Assert.Equal(
            "'.' copies 3 secret-looking files into the image (.env (environment file), certs/server.pem (private key), "
            + "config/.env.production (environment file)); add to .dockerignore and pass secrets with RUN --mount=type=secret",
            message);
    }

    [Fact]
    public void Message_lists_at_most_five_files()
    {
        for (var i = 0; i < 7; i++) _ctx.File($"keys/host{i}.key", "-----BEGIN PRIVATE KEY-----\n");
        var message = RuleTester.Diagnostics<DF2001CopiedSecretFile>("FROM alpine:3.20\nCOPY keys /keys\n", Options).Single().Message;
        Assert.Contains("7 secret-looking files", message, StringComparison.Ordinal);
        Assert.Contains("keys/host4.key (private key) and 2 more);", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uses_a_shared_BuildContext_from_the_options()
    {
        var options = new LintOptions { BuildContext = Dockerfile.Linter.Context.BuildContext.Open(_ctx.Root) };
        RuleTester.Invalid<DF2001CopiedSecretFile>("FROM alpine:3.20\nCOPY [|.env|] /x\n", options);
    }

    [Theory]
    [InlineData("FROM node:22-alpine\nCOPY --exclude=.env --exclude=config --exclude=**/*.pem . /app\n")]
    [InlineData("FROM node:22-alpine\nCOPY --exclude=.env.* config/ /app/\n")]
    [InlineData("FROM node:22-alpine\nARG SKIP=.env\nCOPY --exclude=$SKIP --exclude=config --exclude=certs . /app\n")]
    [InlineData("FROM node:22-alpine\nCOPY --exclude=$UNKNOWN . /app\n")] // what is excluded is unknown: silent
    public void Files_left_out_with_exclude_are_not_counted(string dockerfile) =>
        RuleTester.Valid<DF2001CopiedSecretFile>(dockerfile, Options);

    [Fact]
    public void Exclude_patterns_that_miss_leave_the_finding()
    {
        var message = RuleTester.Diagnostics<DF2001CopiedSecretFile>(
            "FROM node:22-alpine\nCOPY --exclude=.env --exclude=*.pem . /app\n", Options).Single().Message;
        Assert.Contains("certs/server.pem", message, StringComparison.Ordinal); // *.pem does not cross '/'
        Assert.DoesNotContain(".env (", message.Replace("config/.env.production (", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void A_symlink_named_like_a_secret_is_not_a_secret()
    {
        using var ctx = new TempContext().File("app.js").Link(".env", "/run/secrets/app-env");
        RuleTester.Valid<DF2001CopiedSecretFile>("FROM node:22-alpine\nCOPY . /app\n", new LintOptions { ContextDirectory = ctx.Root });
    }
}
