using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.CopyAdd;

public class DL3045CopyRelativeDestinationWithoutWorkdirTests
{
    [Theory]
    [InlineData("FROM node:22\nCOPY package.json /app/\n")]
    [InlineData("FROM node:22\nWORKDIR /app\nCOPY package.json .\n")]
    [InlineData("FROM node:22 AS base\nWORKDIR /app\nFROM base\nCOPY . .\n")]                   // inherited WORKDIR
    [InlineData("FROM node:22 AS base\nWORKDIR /app\nFROM base AS mid\nFROM mid\nCOPY . .\n")]  // through two stages
    [InlineData("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app C:\\\\app\n")]
    [InlineData("FROM node:22\nARG DEST\nCOPY a $DEST\n")]                                     // unknown: silent
    [InlineData("FROM node:22\nENV DEST=/srv\nCOPY a $DEST\n")]
    [InlineData("FROM node:22\nONBUILD COPY . .\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3045CopyRelativeDestinationWithoutWorkdir>(dockerfile);

    [Theory]
    [InlineData("FROM node:22\nCOPY package.json [|.|]\n")]
    [InlineData("FROM node:22\nCOPY a [|app/|]\nWORKDIR /app\nCOPY b .\n")]                    // WORKDIR only after
    [InlineData("FROM node:22 AS base\nWORKDIR /app\nFROM node:22\nCOPY . [|.|]\n")]            // not a base of this stage
    [InlineData("FROM node:22\nENV DEST=app\nCOPY a [|$DEST|]\n")]
    [InlineData("FROM node:22\nCOPY --from=build \\\n  /out \\\n  [|dist|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3045CopyRelativeDestinationWithoutWorkdir>(marked);
}
