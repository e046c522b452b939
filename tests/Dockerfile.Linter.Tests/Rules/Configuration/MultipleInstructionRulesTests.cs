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
    [InlineData("FROM nginx:1.27\n[|HEALTHCHECK CMD true|]\nHEALTHCHECK NONE\n")]
    [InlineData("FROM nginx:1.27\n[|HEALTHCHECK --interval=5s \\\n  CMD true|]\n[|HEALTHCHECK NONE|]\nHEALTHCHECK CMD x\n")]
    [InlineData("FROM nginx:1.27 AS a\n[|HEALTHCHECK CMD a|]\nHEALTHCHECK CMD b\nFROM a\nHEALTHCHECK CMD c\n")]
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
    [InlineData("FROM python:3.12\n[|CMD a|]\nCMD [\"b\"]\n")]
    [InlineData("FROM python:3.12\n[|cmd a|]\nRUN x\n[|CMD b|]\nCMD c\n")]
    [InlineData("FROM python:3.12 AS a\n[|CMD a|]\nCMD b\nFROM a\nCMD c\n")]
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
    [InlineData("FROM alpine:3.20\n[|ENTRYPOINT [\"/bin/sh\"]|]\nENTRYPOINT [\"/app\"]\n")]
    [InlineData("FROM alpine:3.20 AS a\n[|ENTRYPOINT a|]\nENTRYPOINT b\nFROM a\nENTRYPOINT c\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL4004MultipleEntrypoints>(marked);
}
