using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2059VariableInPrintfFormatTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN printf '%s\\n' \"$a\"\n")]
    [InlineData("FROM debian:12\nRUN printf \"%s $a\\n\" b\n")]
    [InlineData("FROM debian:12\nRUN printf \"%% $a\"\n")]
    [InlineData("FROM debian:12\nRUN printf 'x\\n'\n")]
    [InlineData("FROM debian:12\nRUN sudo printf \"$a\"\n")]
    [InlineData("FROM debian:12\nRUN echo \"$a\"\n")]
    [InlineData("FROM debian:12\nRUN [\"printf\", \"$a\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2059VariableInPrintfFormat>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nARG KERNEL_SOURCE=x\nRUN printf [|\"KERNEL_SOURCE=${KERNEL_SOURCE}\\n\"|] > /out/info\n")]
    [InlineData("FROM debian:12\nRUN printf [|$a|]\n")]
    [InlineData("FROM debian:12\nRUN printf -- [|\"$a\"|]\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN printf -v v [|\"$a\"|]\n")]
    [InlineData("FROM debian:12\nRUN printf [|\"x $a\\n\"|] b\n")]
    [InlineData("FROM debian:12\nRUN printf [|\"$(date)\"|]\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && printf [|\"deb http://x/ \\\n    $(lsb_release -cs) main\"|] > /etc/apt/sources.list\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2059VariableInPrintfFormat>(marked);
}
