using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Cache;

public class DF1004AddUrlWithoutChecksumTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tgz /tmp/\n")]
    [InlineData("FROM alpine:3.20\nADD app.tar.gz /opt/\n")]
    [InlineData("FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.16.0 /src\n")]    // git: DF1005
    [InlineData("FROM alpine:3.20\nCOPY https-notes.txt /tmp/\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF1004AddUrlWithoutChecksum>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nADD [|https://example.com/a.tgz|] /tmp/\n")]
    [InlineData("FROM alpine:3.20\nADD [|http://example.com/a|] [|https://example.com/b|] /tmp/\n")]
    [InlineData("FROM alpine:3.20\nARG URL=https://example.com/a.tgz\nADD [|${URL}|] /tmp/\n")]
    [InlineData("FROM alpine:3.20\nONBUILD ADD [|https://example.com/a.tgz|] /tmp/\n")]
    [InlineData("FROM alpine:3.20\nADD --chmod=755 \\\n    [|https://example.com/tool|] /usr/local/bin/tool\n")]
    [InlineData("FROM alpine:3.20\nADD [[|\"https://example.com/a.tgz\"|], \"/tmp/\"]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF1004AddUrlWithoutChecksum>(marked);

    [Fact]
    public void Message_shows_the_expanded_url() =>
        Assert.Equal("ADD downloads 'https://example.com/v1/a.tgz' without --checksum; add --checksum=sha256:<digest> so the download is verified",
            RuleTester.Diagnostics<DF1004AddUrlWithoutChecksum>("FROM alpine:3.20\nARG V=v1\nADD https://example.com/${V}/a.tgz /tmp/\n").Single().Message);
}
