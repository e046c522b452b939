using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Shell;

public class DL3047WgetWithoutProgressTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN wget -q https://x/y\n")]
    [InlineData("FROM debian:12\nRUN wget -nv https://x/y\n")]
    [InlineData("FROM debian:12\nRUN wget --progress=dot:giga https://x/y\n")]
    [InlineData("FROM debian:12\nRUN wget -qO- https://x/y\n")]
    [InlineData("FROM debian:12\nRUN wget -o /dev/null https://x/y\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSLO https://x/y\n")]
    [InlineData("FROM debian:12\nARG WGET_ARGS=\"--progress=dot:giga\"\nRUN wget ${WGET_ARGS} https://x/y\n")]
    [InlineData("ARG WGET_ARGS=\"-nv\"\nFROM debian:12\nARG WGET_ARGS\nRUN wget $WGET_ARGS https://x/y\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3047WgetWithoutProgress>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|wget|] https://x/y\n")]
    [InlineData("FROM debian:12\nRUN cd /tmp && \\\n    [|wget|] -O a.tgz https://x/y\n")]
    [InlineData("FROM debian:12\nRUN sudo [|wget|] https://x/y\n")]
    [InlineData("FROM debian:12\nARG WGET_ARGS=\"--tries=3\"\nRUN [|wget|] ${WGET_ARGS} https://x/y\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3047WgetWithoutProgress>(marked);
}
