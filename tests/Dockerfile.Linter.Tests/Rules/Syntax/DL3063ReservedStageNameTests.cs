using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Syntax;

public class DL3063ReservedStageNameTests
{
    [Theory]
    [InlineData("FROM scratch\nCOPY a /a\n")]
    [InlineData("FROM alpine:3.20 AS scratchpad\n")]
    [InlineData("FROM alpine:3.20 AS build-context\n")]
    [InlineData("FROM alpine:3.20\nCOPY --from=context /a /a\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3063ReservedStageName>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20 AS [|scratch|]\n")]
    [InlineData("FROM alpine:3.20 AS [|Context|]\n")]
    [InlineData("FROM alpine:3.20 AS ok\nFROM ok AS [|SCRATCH|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3063ReservedStageName>(marked);
}
