using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DL3000WorkdirRelativePathTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nWORKDIR /app\n")]
    [InlineData("FROM alpine:3.20\nWORKDIR \"/app dir\"\n")]
    [InlineData("FROM alpine:3.20\nWORKDIR C:\\app\n")]
    [InlineData("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n")]
    [InlineData("FROM alpine:3.20\nARG DIR\nWORKDIR $DIR\n")]
    [InlineData("FROM alpine:3.20\nENV HOME_DIR=/srv\nWORKDIR $HOME_DIR/app\n")]
    [InlineData("FROM alpine:3.20\nWORKDIR ${APP_HOME:-/app}\n")]
    [InlineData("ARG DIR=app\nFROM alpine:3.20\nWORKDIR $DIR\n")]
    [InlineData("FROM alpine:3.20\nONBUILD WORKDIR /src\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3000WorkdirRelativePath>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nWORKDIR [|app|]\n")]
    [InlineData("FROM alpine:3.20\nworkdir [|app|]\n")]
    [InlineData("FROM alpine:3.20\nENV DIR=app\nWORKDIR [|$DIR|]\n")]
    [InlineData("FROM alpine:3.20\nARG DIR=src\nWORKDIR [|${DIR}|]\n")]
    [InlineData("ARG DIR=app\nFROM alpine:3.20\nARG DIR\nWORKDIR [|$DIR|]\n")]
    [InlineData("FROM alpine:3.20\nONBUILD WORKDIR [|app|]\n")]
    [InlineData("FROM alpine:3.20 AS base\nENV DIR=rel\nFROM base\nWORKDIR [|$DIR|]\n")]
    [InlineData("FROM alpine:3.20 AS a\nWORKDIR [|x|]\nFROM a\nWORKDIR /ok\nWORKDIR [|y|]\n")]
    [InlineData("FROM alpine:3.20\r\nWORKDIR [|app|]\r\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3000WorkdirRelativePath>(marked);

    [Fact]
    public void Message_names_the_resolved_path() =>
        Assert.Equal("WORKDIR 'rel/x' is relative; use an absolute path",
            RuleTester.Diagnostics<DL3000WorkdirRelativePath>("FROM alpine:3.20\nENV D=rel\nWORKDIR $D/x\n").Single().Message);
}
