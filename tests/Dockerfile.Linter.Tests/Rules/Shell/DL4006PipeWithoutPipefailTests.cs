using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Shell;

public class DL4006PipeWithoutPipefailTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN a || b\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -qO- x | sh\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN wget -qO- x | sh\n")]
    [InlineData("FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM base\nRUN a | b\n")]
    [InlineData("FROM debian:12\nRUN set -o pipefail && a | b\n")]
    [InlineData("FROM debian:12\nRUN set -euxo pipefail; a | b\n")]
    [InlineData("FROM debian:12\nRUN [\"sh\", \"-c\", \"a | b\"]\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"pwsh\", \"-Command\"]\nRUN Get-Item x | Remove-Item\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\", \"$ErrorActionPreference = 'Stop';\"]\nRUN Get-ChildItem x | Remove-Item\n")]
    // dotnet-docker's windowsservercore/nanoserver SDK images: no SHELL, so RUN runs in cmd
    [InlineData("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022-amd64 AS installer\nRUN powershell -Command `\n        Get-ChildItem -Path dotnet `\n            | Remove-Item -Force -Recurse\n")]
    [InlineData("ARG REPO=mcr.microsoft.com/dotnet/aspnet\nFROM $REPO:8.0-nanoserver-ltsc2022 AS base\nFROM base\nRUN dir | findstr x\n")]
    [InlineData("FROM --platform=windows/amd64 example.com/tools:1\nRUN dir | findstr x\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL4006PipeWithoutPipefail>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|wget -qO- x | sh|]\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && \\\n    [|curl -fsSL x | \\\n    gpg --dearmor|]\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN [|a | b|]\n")]
    [InlineData("FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM debian:12\nRUN [|a | b|]\n")]
    [InlineData("FROM debian:12\nRUN [|a | b|] && set -o pipefail\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"bash\", \"-c\"]\nRUN [|a | b|]\n")] // bash on Windows still pipes
    public void Invalid(string marked) => RuleTester.Invalid<DL4006PipeWithoutPipefail>(marked);
}
