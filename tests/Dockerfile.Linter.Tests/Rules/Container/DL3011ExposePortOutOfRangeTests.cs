using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Container;

public class DL3011ExposePortOutOfRangeTests
{
    [Theory]
    [InlineData("FROM nginx:1.27\nEXPOSE 80 443/tcp 65535/udp\n")]
    [InlineData("FROM nginx:1.27\nEXPOSE 8000-8010\n")]
    [InlineData("FROM nginx:1.27\nARG PORT\nEXPOSE $PORT\n")]                                  // unknown: silent
    [InlineData("FROM nginx:1.27\nEXPOSE 127.0.0.1:8080:80\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3011ExposePortOutOfRange>(dockerfile);

    [Theory]
    [InlineData("FROM nginx:1.27\nEXPOSE 80 [|80800|]\n")]
    [InlineData("FROM nginx:1.27\nEXPOSE [|65536/udp|]\n")]
    [InlineData("FROM nginx:1.27\nEXPOSE [|8000-70000|]\n")]                                   // range end
    [InlineData("FROM nginx:1.27\nEXPOSE [|99999999999999999999|]\n")]                         // beyond long
    [InlineData("FROM nginx:1.27\nARG PORT=99999\nEXPOSE [|${PORT}|]\n")]                      // resolved
    [InlineData("FROM nginx:1.27\nONBUILD EXPOSE [|70000|]\n")]
    [InlineData("FROM nginx:1.27\nEXPOSE 80 \\\n  [|80800|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3011ExposePortOutOfRange>(marked);

    [Fact]
    public void Message_names_the_port() =>
        Assert.Equal("Port 70000 is out of range; valid ports are 0 to 65535",
            RuleTester.Diagnostics<DL3011ExposePortOutOfRange>("FROM a:1\nEXPOSE 8000-70000/tcp\n").Single().Message);
}
