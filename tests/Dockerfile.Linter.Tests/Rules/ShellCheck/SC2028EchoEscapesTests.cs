using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2028EchoEscapesTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN echo 'a b'\n")]
    [InlineData("FROM debian:12\nRUN echo -e \"a\\nb\"\n")]
    [InlineData("FROM debian:12\nRUN echo -ne \"a\\nb\"\n")]
    [InlineData("FROM debian:12\nRUN echo \"a\\cb\"\n")]
    [InlineData("FROM debian:12\nRUN echo \"\\$x\"\n")]
    [InlineData("FROM debian:12\nRUN echo a\\nb\n")]
    [InlineData("FROM debian:12\nRUN echo \"${x:-\\n}\"\n")]
    [InlineData("FROM debian:12\nRUN sudo echo \"a\\n\"\n")]
    [InlineData("FROM debian:12\nRUN printf 'a\\nb\\n'\n")]
    [InlineData("FROM debian:12\nRUN [\"echo\", \"a\\\\nb\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2028EchoEscapes>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN echo [|\"[main]\\nenabled=1\"|] > /etc/app.ini\n")]
    [InlineData("FROM debian:12\nRUN echo [|'a\\tb'|]\n")]
    [InlineData("FROM debian:12\nRUN echo [|a\\\\nb|]\n")]
    [InlineData("FROM debian:12\nRUN echo -n [|\"a\\nb\"|]\n")]
    [InlineData("FROM debian:12\nRUN echo -E [|\"\\x41\"|]\n")]
    [InlineData("FROM debian:12\nRUN echo \"a\" [|\"b\\041\"|]\n")]
    [InlineData("FROM debian:12\nRUN echo [|\"$x\\n\"|]\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN echo [|\"a\\\\b\"|]\n")]
    [InlineData("FROM debian:12\nRUN true && \\\n    echo [|\"a\\r\"|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2028EchoEscapes>(marked);
}
