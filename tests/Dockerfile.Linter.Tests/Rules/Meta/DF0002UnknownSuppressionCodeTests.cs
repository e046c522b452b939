using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Meta;

public class DF0002UnknownSuppressionCodeTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\n# hadolint ignore=DL3000,SC2086\nWORKDIR app\n")]
    [InlineData("FROM alpine:3.20\n# hadolint ignore=workdir-relative-path # reason: legacy\nWORKDIR app\n")]
    [InlineData("# dockerfile-lint global ignore=MaintainerDeprecated\nFROM alpine:3.20\n")]
    [InlineData("FROM alpine:3.20\n# hadolint is great, ignore=nothing here\nWORKDIR app\n")]
    [InlineData("FROM alpine:3.20\n# check=skip=NoSuchCheck\nWORKDIR app\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF0002UnknownSuppressionCode>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\n# hadolint ignore=[|DL300|]\nWORKDIR app\n")]
    [InlineData("FROM alpine:3.20\n# hadolint ignore=DL3000, [|DL3000 DL3006|] ,[|x|]\nWORKDIR app\n")]
    [InlineData("# hadolint global ignore=[|DL99999|]\nFROM alpine:3.20\n")]
    [InlineData("FROM alpine:3.20 AS a\n# dockerfile-lint stage ignore=[|untaged-image|]\nRUN true\n")]
    [InlineData("FROM alpine:3.20\r\n# hadolint ignore=[|nope|]\r\nWORKDIR app\r\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF0002UnknownSuppressionCode>(marked);

    [Fact]
    public void Pragmas_are_not_checked_when_inline_suppressions_are_disabled() =>
        RuleTester.Valid<DF0002UnknownSuppressionCode>("FROM alpine:3.20\n# hadolint ignore=nope\nWORKDIR app\n",
            new LintOptions { DisableInlineSuppressions = true });
}
