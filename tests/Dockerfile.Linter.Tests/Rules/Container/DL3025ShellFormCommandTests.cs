using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Container;

public class DL3025ShellFormCommandTests
{
    [Theory]
    [InlineData("FROM node:22\nCMD [\"node\", \"server.js\"]\n")]
    [InlineData("FROM node:22\nENTRYPOINT [\"/docker-entrypoint.sh\"]\n")]
    [InlineData("FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n")]     // HEALTHCHECK not checked
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nCMD Write-Host hi\n")]
    [InlineData("FROM alpine:3.20 AS base\nSHELL [\"/bin/bash\", \"-c\"]\nFROM base\nCMD echo $HOME\n")]   // inherited SHELL
    [InlineData("FROM node:22\nONBUILD CMD node server.js\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3025ShellFormCommand>(dockerfile);

    [Theory]
    [InlineData("FROM node:22\nCMD [|node server.js|]\n")]
    [InlineData("FROM node:22\nentrypoint [|/entrypoint.sh \"$@\"|]\n")]
    [InlineData("FROM node:22\nCMD [|node \\\n  server.js|]\n")]
    [InlineData("FROM node:22\nCMD [|[\"node\", 'server.js']|]\n")]                              // not valid JSON: shell form
    [InlineData("FROM alpine:3.20 AS base\nSHELL [\"/bin/bash\", \"-c\"]\nFROM alpine:3.20\nCMD [|echo hi|]\n")]   // SHELL in another stage
    [InlineData("FROM alpine:3.20\nCMD [|echo a|]\nSHELL [\"/bin/bash\", \"-c\"]\nCMD echo b\n")]                  // SHELL only after
    public void Invalid(string marked) => RuleTester.Invalid<DL3025ShellFormCommand>(marked);

    [Fact]
    public void Fix_rewrites_plain_words_as_json() =>
        RuleTester.Fix<DL3025ShellFormCommand>("FROM node:22\nCMD node --port=8080 server.js\n",
            "FROM node:22\nCMD [\"node\", \"--port=8080\", \"server.js\"]\n");

    [Theory]
    [InlineData("FROM node:22\nCMD node $APP\n")]
    [InlineData("FROM node:22\nCMD a && b\n")]
    [InlineData("FROM node:22\nCMD echo \"hi\"\n")]
    [InlineData("FROM node:22\nCMD node \\\n  server.js\n")]
    public void No_fix_when_a_shell_is_needed(string dockerfile) =>
        Assert.Null(RuleTester.Diagnostics<DL3025ShellFormCommand>(dockerfile).Single().Fix);

    [Fact]
    public void Fix_is_unsafe() =>
        Assert.Equal(FixSafety.Unsafe, RuleTester.Diagnostics<DL3025ShellFormCommand>("FROM a:1\nCMD run\n").Single().Fix!.Safety);
}
