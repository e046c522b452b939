using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC3010DoubleBracketTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN if [ ! -e /usr/bin/python ]; then ln -s python3 /usr/bin/python; fi\n")]
    [InlineData("FROM debian:12\nRUN echo '[[ x ]]' \"[[\"\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN if [[ -v X ]]; then echo y; fi\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/ksh\", \"-c\"]\nRUN [[ -e /f ]] || touch /f\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n#!/bin/bash\n[[ -e /f ]] || touch /f\nEOF\n")]
    [InlineData("FROM debian:12\nRUN bash -c '[[ -e /f ]] || touch /f'\n")]
    [InlineData("FROM debian:12\nRUN bash -euo pipefail <<EOF\n[[ -e /f ]] || touch /f\nEOF\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN [[ -e /f ]]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC3010DoubleBracket>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN if [|[[ ! -e /usr/bin/python ]]|]; then ln -s python3 /usr/bin/python; fi\n")]
    [InlineData("FROM debian:12\nRUN echo \\\n    && if [|[[ -v WIPE ]]|]; then \\\n      rm -rf /c; \\\n    fi\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN sh -c '[|[[ -e /f ]]|] || touch /f'\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC3010DoubleBracket>(marked);
}
