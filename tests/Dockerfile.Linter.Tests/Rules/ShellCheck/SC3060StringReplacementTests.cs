using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC3060StringReplacementTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN echo ${A%.*} ${A#x} ${A:-/x/y} ${#A} \"${A}/b\"\n")]
    [InlineData("FROM debian:12\nRUN echo '${A//./-}'\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN dnf install -y cuda-toolkit-${CUDA//./-}\n")]
    [InlineData("FROM debian:12\nRUN bash -c 'echo ${A/x/y}'\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n#!/bin/bash\necho ${A/x/y}\nEOF\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC3060StringReplacement>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN dnf install -y cuda-toolkit-[|${CUDA12VERSION//./-}|]\n")]
    [InlineData("FROM debian:12\nRUN V=[|${A/x/y}|] && echo \"[|${B/#a/b}|]\" > [|${C//-/_}|].txt\n")]
    [InlineData("FROM debian:12\nRUN echo a \\\n    && echo [|${A/x/y}|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC3060StringReplacement>(marked);
}
