using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DL4000MaintainerDeprecatedTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"me\"\n")]
    [InlineData("FROM alpine:3.20\n# MAINTAINER me\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL4000MaintainerDeprecated>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\n[|MAINTAINER Jane Doe <jane@example.com>|]\n")]
    [InlineData("FROM alpine:3.20\n  [|maintainer me|]\n")]
    [InlineData("[|MAINTAINER early|]\nFROM alpine:3.20\n")]
    [InlineData("FROM alpine:3.20\nONBUILD [|MAINTAINER me|]\n")]
    [InlineData("FROM alpine:3.20 AS a\n[|MAINTAINER a|]\nFROM a\n[|MAINTAINER b \\\n  c|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL4000MaintainerDeprecated>(marked);

    [Fact]
    public void Fix_replaces_with_an_authors_label() =>
        RuleTester.Fix<DL4000MaintainerDeprecated>(
            "FROM alpine:3.20\nMAINTAINER Jane \"JD\" Doe $HOME\n",
            "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"Jane \\\"JD\\\" Doe \\$HOME\"\n");

    [Fact]
    public void Fix_keeps_lower_case_keywords() =>
        RuleTester.Fix<DL4000MaintainerDeprecated>("from alpine:3.20\nmaintainer me\n",
            "from alpine:3.20\nlabel org.opencontainers.image.authors=\"me\"\n");

    [Fact]
    public void Multi_line_maintainer_gets_no_fix()
    {
        var diagnostic = RuleTester.Diagnostics<DL4000MaintainerDeprecated>("FROM alpine:3.20\nMAINTAINER a \\\n  b\n").Single();
        Assert.Null(diagnostic.Fix);
    }

    [Fact]
    public void Fix_is_unsafe() =>
        Assert.Equal(FixSafety.Unsafe,
            RuleTester.Diagnostics<DL4000MaintainerDeprecated>("FROM alpine:3.20\nMAINTAINER me\n").Single().Fix!.Safety);
}
