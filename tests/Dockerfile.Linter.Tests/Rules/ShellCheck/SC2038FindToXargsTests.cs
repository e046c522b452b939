using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2038FindToXargsTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN find . -print0 | xargs -0 rm\n")]
    [InlineData("FROM debian:12\nRUN find . | xargs -0 rm\n")]
    [InlineData("FROM debian:12\nRUN find . -print0 | xargs rm\n")]
    [InlineData("FROM debian:12\nRUN find . | xargs --null rm\n")]
    [InlineData("FROM debian:12\nRUN find . | xargs -r0 rm\n")]
    [InlineData("FROM debian:12\nRUN find . -exec rm {} +\n")]
    [InlineData("FROM debian:12\nRUN find . | sort | xargs rm\n")]
    [InlineData("FROM debian:12\nRUN [\"sh\", \"-c\", \"find . | xargs rm\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2038FindToXargs>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|find /etc/systemd/system/* '!' -name '*.wants' | xargs rm -rvf|]\n")]
    [InlineData("FROM debian:12\nRUN apt-get update \\\n    && [|find /opt -type d | xargs -n 1 chmod g+s|]\n")]
    [InlineData("FROM debian:12\nRUN [|find . -name x | xargs -I{} rm {}|]\n")]
    [InlineData("FROM debian:12\nRUN sh -c '[|find . | xargs rm|]'\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2038FindToXargs>(marked);
}
