using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Secrets;

public class DF3003CredentialsInAddUrlTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nADD https://example.com/app.tar.gz /opt/\n")]
    [InlineData("FROM alpine:3.20\nADD https://user:${PASS}@example.com/app.tar.gz /opt/\n")]
    [InlineData("FROM alpine:3.20\nADD git@github.com:o/r.git /src\n")]
    [InlineData("FROM alpine:3.20\nADD user:pass.txt /opt/\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF3003CredentialsInAddUrl>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nADD https://deploy:[|hunter22|]@artifacts.example.com/app.tar.gz /opt/\n")]
    [InlineData("FROM alpine:3.20\nADD --chown=1:1 \"https://deploy:[|hunter22|]@h.example.com/a\" /opt/\n")]
    [InlineData("FROM alpine:3.20\nONBUILD ADD https://u:[|hunter22|]@h.example.com/a /a\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF3003CredentialsInAddUrl>(marked);
}
