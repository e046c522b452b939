using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DF6010ExposeProtoCasingTests
{
    [Theory]
    [InlineData("FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp\n")]
    [InlineData("FROM nginx:1.27\nEXPOSE $PORT/TCP\n")]                               // unknown value: silent
    [InlineData("FROM nginx:1.27\nONBUILD EXPOSE 80/TCP\n")]                         // expanded in the child build
    public void Valid(string dockerfile) => RuleTester.Valid<DF6010ExposeProtoCasing>(dockerfile);

    [Theory]
    [InlineData("FROM nginx:1.27\nEXPOSE 80/[|TCP|]\n")]
    [InlineData("FROM nginx:1.27\nEXPOSE 80 53/[|Udp|] \\\n  8000-8010/[|SCTP|]\n")]
    [InlineData("FROM nginx:1.27\nENV P=80/TCP\nEXPOSE [|$P|]\n")]                   // through a known variable
    [InlineData("FROM nginx:1.27 AS a\nEXPOSE 1/[|TCP|]\nFROM a\nexpose 2/[|UDP|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF6010ExposeProtoCasing>(marked);

    [Fact]
    public void Fix_lowercases_the_protocol() =>
        RuleTester.Fix<DF6010ExposeProtoCasing>("FROM nginx:1.27\nEXPOSE 80/TCP 53/Udp\n", "FROM nginx:1.27\nEXPOSE 80/tcp 53/udp\n");

    [Fact]
    public void Message_names_the_protocol() =>
        Assert.Equal("Defined protocol '80/TCP' in EXPOSE instruction should be lowercase",
            RuleTester.Diagnostics<DF6010ExposeProtoCasing>("FROM nginx:1.27\nEXPOSE 80/TCP\n").Single().Message);
}
