using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

public class DF4006SshPortExposedTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nEXPOSE 80 443\n")]
    [InlineData("FROM alpine:3.20\nEXPOSE 2222\n")]
    [InlineData("FROM alpine:3.20\nEXPOSE 22/udp\n")]
    [InlineData("FROM alpine:3.20\nEXPOSE $PORT\n")]
    [InlineData("FROM alpine:3.20\nARG PORT=2222\nEXPOSE $PORT\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF4006SshPortExposed>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nEXPOSE [|22|]\n")]
    [InlineData("FROM alpine:3.20\nEXPOSE 80 [|22/tcp|]\n")]
    [InlineData("FROM alpine:3.20\nEXPOSE [|20-25|]\n")]
    [InlineData("FROM alpine:3.20\nONBUILD EXPOSE [|22|]\n")]
    [InlineData("FROM alpine:3.20\nARG SSH_PORT=22\nEXPOSE 80 [|$SSH_PORT|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF4006SshPortExposed>(marked);
}
