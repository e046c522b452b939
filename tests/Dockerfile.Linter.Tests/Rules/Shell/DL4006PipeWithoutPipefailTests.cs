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
    public void Valid(string dockerfile) => RuleTester.Valid<DL4006PipeWithoutPipefail>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|wget -qO- x | sh|]\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && \\\n    [|curl -fsSL x | \\\n    gpg --dearmor|]\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN [|a | b|]\n")]
    [InlineData("FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM debian:12\nRUN [|a | b|]\n")]
    [InlineData("FROM debian:12\nRUN [|a | b|] && set -o pipefail\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL4006PipeWithoutPipefail>(marked);
}
