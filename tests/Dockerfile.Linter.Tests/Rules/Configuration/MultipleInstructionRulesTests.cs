using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DL3012MultipleHealthchecksTests
{
    [Theory]
    [InlineData("FROM nginx:1.27\nHEALTHCHECK CMD true\n")]
    [InlineData("FROM nginx:1.27 AS a\nHEALTHCHECK CMD true\nFROM a\nHEALTHCHECK NONE\n")]
    [InlineData("FROM nginx:1.27\nHEALTHCHECK CMD true\nONBUILD HEALTHCHECK CMD false\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3012MultipleHealthchecks>(dockerfile);

    [Theory]
    [InlineData("FROM nginx:1.27\nHEALTHCHECK CMD true\n[|HEALTHCHECK NONE|]\n")]
    [InlineData("FROM nginx:1.27\nHEALTHCHECK --interval=5s \\\n  CMD true\n[|HEALTHCHECK NONE|]\n[|HEALTHCHECK --timeout=3s \\\n  CMD x|]\n")]
    [InlineData("FROM nginx:1.27 AS a\nHEALTHCHECK CMD a\n[|HEALTHCHECK CMD b|]\nFROM a\nHEALTHCHECK CMD c\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3012MultipleHealthchecks>(marked);
}

public class DL4003MultipleCmdsTests
{
    [Theory]
    [InlineData("FROM python:3.12\nCMD [\"python\"]\n")]
    [InlineData("FROM python:3.12 AS a\nCMD a\nFROM python:3.12\nCMD b\n")]
    [InlineData("FROM python:3.12\nONBUILD CMD a\nCMD b\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL4003MultipleCmds>(dockerfile);

    [Theory]
    [InlineData("FROM python:3.12\nCMD a\n[|CMD [\"b\"]|]\n")]
    [InlineData("FROM python:3.12\ncmd a\nRUN x\n[|CMD b|]\n[|CMD c|]\n")]
    [InlineData("FROM python:3.12 AS a\nCMD a\n[|CMD b|]\nFROM a\nCMD c\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL4003MultipleCmds>(marked);
}

public class DL4004MultipleEntrypointsTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nENTRYPOINT [\"/app\"]\n")]
    [InlineData("FROM alpine:3.20 AS a\nENTRYPOINT a\nFROM a\nENTRYPOINT b\n")]
    [InlineData("FROM alpine:3.20\nONBUILD ENTRYPOINT a\nENTRYPOINT b\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL4004MultipleEntrypoints>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nENTRYPOINT [\"/bin/sh\"]\n[|ENTRYPOINT [\"/app\"]|]\n")]
    [InlineData("FROM alpine:3.20 AS a\nENTRYPOINT a\n[|ENTRYPOINT b|]\nFROM a\nENTRYPOINT c\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL4004MultipleEntrypoints>(marked);
}
