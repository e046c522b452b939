using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Shell;

public class DL4001CurlAndWgetTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN curl -fsSLO x\nRUN curl -fsSLO y\n")]
    [InlineData("FROM debian:12\nRUN wget -q x\nFROM debian:12\nRUN curl -fsSLO y\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL4001CurlAndWget>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN wget -q x\nRUN [|curl|] -fsSLO y\nRUN [|wget|] -q z\n")]
    [InlineData("FROM debian:12\nRUN [|wget|] -q x && curl -fsSLO y\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL4001CurlAndWget>(marked);
}
