using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Meta;

public class DL1001InlineIgnorePragmaTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nRUN true\n")]
    [InlineData("# hadolint global ignore=DL3008\nFROM alpine:3.20\n")]
    [InlineData("FROM alpine:3.20\n# hadolint stage ignore=DL3008\nRUN true\n")]
    [InlineData("FROM alpine:3.20\n# a comment about hadolint ignore\nRUN true\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL1001InlineIgnorePragma>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\n[|# hadolint ignore=DL3018|]\nRUN apk add curl\n")]
    [InlineData("FROM alpine:3.20\n  [|# dockerfile-lint ignore=DL3018 # reason|]\nRUN apk add curl\n")]
    [InlineData("[|# hadolint ignore=DL3006|]\nFROM alpine\n[|#hadolint ignore=DL3018,DL3019|]\r\nRUN apk add curl\r\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL1001InlineIgnorePragma>(marked);

    [Fact]
    public void Off_by_default() =>
        Assert.DoesNotContain(new DockerfileLinter().Lint("FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add curl\n").Diagnostics,
            d => d.Code == "DL1001");
}
