using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Cache;

public class DL3059ConsecutiveRunsTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN a && b\nRUN c\n")]
    [InlineData("FROM debian:12\nRUN a\nWORKDIR /x\nRUN b\n")]
    [InlineData("FROM debian:12\nRUN a\nRUN --mount=type=cache,target=/root/.cache b\n")]
    [InlineData("FROM debian:12\nRUN a\nFROM debian:12\nRUN b\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3059ConsecutiveRuns>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN a\n[|RUN|] b\n")]
    [InlineData("FROM debian:12\nRUN a\n# why\n[|RUN|] b\n[|run|] c\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3059ConsecutiveRuns>(marked);
}
