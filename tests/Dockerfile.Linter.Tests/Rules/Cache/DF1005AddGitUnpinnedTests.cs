using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Cache;

public class DF1005AddGitUnpinnedTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.16.0 /src\n")]
    [InlineData("FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#0123456789abcdef0123456789abcdef01234567:docs /src\n")]
    [InlineData("FROM alpine:3.20\nADD --checksum=0123456789abcdef0123456789abcdef01234567 https://github.com/moby/buildkit.git /src\n")]
    [InlineData("FROM alpine:3.20\nADD https://example.com/a.tgz /tmp/\n")]
    [InlineData("FROM alpine:3.20\nARG REF=v1.0\nADD git@github.com:moby/buildkit.git#${REF} /src\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF1005AddGitUnpinned>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nADD [|https://github.com/moby/buildkit.git|] /src\n")]
    [InlineData("FROM alpine:3.20\nADD [|git@github.com:moby/buildkit.git#main|] /src\n")]
    [InlineData("FROM alpine:3.20\nADD [|https://github.com/moby/buildkit.git#refs/heads/release|] /src\n")]
    [InlineData("FROM alpine:3.20\nARG BRANCH=master\nADD [|ssh://git@example.com/x.git#$BRANCH|] /src\n")]
    [InlineData("FROM alpine:3.20\nONBUILD ADD [|git://example.com/x.git|] /src\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF1005AddGitUnpinned>(marked);

    [Fact]
    public void Message_says_what_is_missing()
    {
        Assert.Equal("ADD of git repository 'https://github.com/moby/buildkit.git' has no ref; pin a tag or commit with '#<ref>' (or use --checksum=<commit>)",
            RuleTester.Diagnostics<DF1005AddGitUnpinned>("FROM alpine:3.20\nADD https://github.com/moby/buildkit.git /src\n").Single().Message);
        Assert.Contains("follows the branch 'main'",
            RuleTester.Diagnostics<DF1005AddGitUnpinned>("FROM alpine:3.20\nADD https://github.com/a/b.git#main /src\n").Single().Message);
    }
}
