using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.CopyAdd;

public class DL3023CopyFromOwnStageTests
{
    [Theory]
    [InlineData("FROM alpine:3.20 AS build\nFROM alpine:3.20 AS final\nCOPY --from=build /a /a\n")]
    [InlineData("FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=0 /a /a\n")]
    [InlineData("FROM alpine:3.20 AS build\nONBUILD COPY --from=build /a /a\n")]               // ONBUILD: another build
    [InlineData("FROM alpine:3.20 AS build\nCOPY --from=builder /a /a\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3023CopyFromOwnStage>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20 AS build\nCOPY --from=[|build|] /a /a\n")]
    [InlineData("FROM alpine:3.20 AS build\nCOPY --from=[|Build|] /a /a\n")]
    [InlineData("FROM alpine:3.20\nCOPY --from=[|0|] /a /a\n")]
    [InlineData("FROM alpine:3.20 AS a\nFROM a AS b\nENV ME=b\nCOPY --from=[|$ME|] /a /a\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3023CopyFromOwnStage>(marked);
}
