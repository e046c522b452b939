using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC3020AmpersandRedirectTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN ./configure > /tmp/log 2>&1 && make 2>/dev/null\n")]
    [InlineData("FROM debian:12\nRUN echo '&>' \"&>\" && a & b > c\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN bats ./test.bats &> out || true\n")]
    [InlineData("FROM debian:12\nRUN bash -c 'bats ./test.bats &> out' || true\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC3020AmpersandRedirect>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN bats ./test.bats [|&>|] test.bats.output || true\n")]
    [InlineData("FROM debian:12\nRUN yum-config-manager --disable \\* [|&>|] /dev/null; a [|&>>|] log\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC3020AmpersandRedirect>(marked);

    [Fact]
    public void The_fix_redirects_both_streams_portably()
    {
        RuleTester.Fix<SC3020AmpersandRedirect>("FROM debian:12\nRUN make &> /tmp/log && b &>>log2\n",
            "FROM debian:12\nRUN make > /tmp/log 2>&1 && b >>log2 2>&1\n");
    }
}
