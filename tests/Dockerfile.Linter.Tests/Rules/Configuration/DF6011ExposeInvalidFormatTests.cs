using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DF6011ExposeInvalidFormatTests
{
    [Theory]
    [InlineData("FROM nginx:1.27\nEXPOSE 80 443/tcp 8000-8010\n")]
    [InlineData("FROM nginx:1.27\nEXPOSE ${PORT:-80}\n")]                             // ':' of a modifier, value unknown
    [InlineData("FROM nginx:1.27\nARG PORT=8080\nEXPOSE ${PORT:-80}\n")]              // expands to 8080
    [InlineData("FROM nginx:1.27\nONBUILD EXPOSE 8080:80\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF6011ExposeInvalidFormat>(dockerfile);

    [Theory]
    [InlineData("FROM nginx:1.27\nEXPOSE [|8080:80|]\n")]
    [InlineData("FROM nginx:1.27\nEXPOSE 80 [|127.0.0.1:8080:80/tcp|]\n")]
    [InlineData("FROM nginx:1.27\nEXPOSE [|[::1]:80:80|]\n")]
    [InlineData("FROM nginx:1.27\nENV MAP=8080:80\nEXPOSE [|$MAP|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF6011ExposeInvalidFormat>(marked);

    [Fact]
    public void Message_shows_the_port() =>
        Assert.Equal("EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80'",
            RuleTester.Diagnostics<DF6011ExposeInvalidFormat>("FROM nginx:1.27\nEXPOSE 8080:80\n").Single().Message);
}
