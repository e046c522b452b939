using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.CopyAdd;

public class DL3020AddInsteadOfCopyTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nCOPY app.py /app/\n")]
    [InlineData("FROM alpine:3.20\nADD rootfs.tar.gz /\n")]
    [InlineData("FROM alpine:3.20\nADD https://example.com/tool /usr/local/bin/tool\n")]
    [InlineData("FROM alpine:3.20\nADD git@github.com:acme/repo.git /src\n")]
    [InlineData("FROM alpine:3.20\nADD a.tar.xz b.TGZ c.tar.zst /opt/\n")]
    [InlineData("FROM alpine:3.20\nARG URL=https://example.com/x.bin\nADD $URL /x.bin\n")]     // resolved to a URL
    [InlineData("FROM alpine:3.20\nARG URL\nADD ${URL} /tmp/pkg.deb\n")]                     // unknown: silent
    [InlineData("FROM alpine:3.20\nADD [\"https://example.com/a\", \"/a\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3020AddInsteadOfCopy>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\n[|ADD|] app.py /app/\n")]
    [InlineData("FROM alpine:3.20\n[|add|] . /app\n")]
    [InlineData("FROM alpine:3.20\n[|ADD|] --chown=1000:1000 \\\n    config/ /etc/app/\n")]
    [InlineData("FROM alpine:3.20\n[|ADD|] https://example.com/a.sh local.txt /opt/\n")]     // one plain source is enough
    [InlineData("FROM alpine:3.20\nENV SRC=conf\n[|ADD|] $SRC /etc/conf\n")]
    [InlineData("FROM alpine:3.20\n[|ADD|] [\"app.py\", \"/app/\"]\n")]
    [InlineData("FROM alpine:3.20\n[|ADD|] <<EOF /etc/motd\nhello\nEOF\n")]
    [InlineData("FROM alpine:3.20 AS a\n[|ADD|] x /x\nFROM a\n[|ADD|] y /y\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3020AddInsteadOfCopy>(marked);

    [Fact]
    public void Onbuild_triggers_are_not_checked() =>
        RuleTester.Valid<DL3020AddInsteadOfCopy>("FROM alpine:3.20\nONBUILD ADD . /app\n");

    [Fact]
    public void Fix_replaces_the_keyword() =>
        RuleTester.Fix<DL3020AddInsteadOfCopy>("FROM alpine:3.20\nADD --chown=1:1 app.py /app/\nadd x /x\n",
            "FROM alpine:3.20\nCOPY --chown=1:1 app.py /app/\ncopy x /x\n");

    [Theory]
    [InlineData("FROM alpine:3.20\nADD https://example.com/a.sh local.txt /opt/\n")]            // mixed sources
    [InlineData("FROM alpine:3.20\nADD --checksum=sha256:0123 local.txt /opt/\n")]              // ADD-only flag
    public void No_fix_when_copy_would_differ(string dockerfile) =>
        Assert.Null(RuleTester.Diagnostics<DL3020AddInsteadOfCopy>(dockerfile).Single().Fix);

    [Fact]
    public void Message_names_the_source() =>
        Assert.Equal("Use COPY instead of ADD for 'conf'",
            RuleTester.Diagnostics<DL3020AddInsteadOfCopy>("FROM a:1\nENV S=conf\nADD $S /c\n").Single().Message);
}
