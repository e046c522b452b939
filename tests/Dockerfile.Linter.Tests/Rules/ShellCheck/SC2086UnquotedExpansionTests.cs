using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2086UnquotedExpansionTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN echo \"$x\"\n")]
    [InlineData("FROM debian:12\nRUN V=1.2.3 && curl -O https://example.com/v$V.tgz\n")]
    [InlineData("FROM debian:12\nARG VERSION=1.2\nRUN curl -O https://example.com/v$VERSION.tgz\n")]
    [InlineData("FROM debian:12\nARG VERSION\nRUN echo $VERSION\n")]
    [InlineData("FROM debian:12\nARG A=1 \\\n    B=2\nRUN echo $A $B\n")]
    [InlineData("FROM debian:12\nENV HOME=/app\nRUN chmod a+rwX ${HOME}/cache\n")]
    [InlineData("FROM debian:12\nRUN echo $? $# $$ ${#x}\n")]
    [InlineData("FROM debian:12\nRUN x=$(date) && y=$x\n")]
    [InlineData("FROM debian:12\nRUN [[ $x == a ]]\n")]
    [InlineData("FROM debian:12\nRUN for f in a b; do echo $f; done\n")]
    [InlineData("FROM debian:12\nRUN x=$(date); x=1; echo $x\n")]
    [InlineData("FROM debian:12\nRUN echo $((x + 1))\n")]
    [InlineData("FROM debian:12\nRUN [\"sh\", \"-c\", \"echo $x\"]\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo %x% $x\n")]
    [InlineData("FROM debian:12\nSHELL [\"pwsh\", \"-c\"]\nRUN Write-Host $x\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN export A=$x\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n# shellcheck disable=SC2086\necho $x\nEOF\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\nset -e\n# shellcheck disable=SC2086\necho $x\nEOF\n")]
    [InlineData("FROM debian:12\n# hadolint ignore=SC2086\nRUN echo $x\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2086UnquotedExpansion>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN echo [|$x|]\n")]
    [InlineData("FROM debian:12\nRUN echo [|${x}|]/bin\n")]
    [InlineData("FROM debian:12\nRUN FILES=$(ls) && cp [|$FILES|] /srv/\n")]
    [InlineData("FROM debian:12\nRUN x=\"a b\"; echo [|$x|]\n")]
    [InlineData("FROM debian:12\nRUN true && x=1 && echo [|$x|]\n")]
    [InlineData("FROM debian:12\nRUN for f in *.txt; do rm [|$f|]; done\n")]
    [InlineData("FROM debian:12\nRUN echo ok && \\\n    rm -rf [|$DIR|]/tmp\n")]
    [InlineData("FROM debian:12\nRUN echo > [|$out|]\n")]
    [InlineData("FROM debian:12\nRUN export A=[|$x|]\n")]
    [InlineData("FROM debian:12\nRUN echo [|$1|] [|$*|]\n")]
    [InlineData("FROM debian:12\nRUN sh -c 'echo [|$x|]'\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\nset -e\necho [|$x|]\nEOF\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n# shellcheck disable=SC2086\necho $x\nEOF\n\nRUN echo [|$y|]\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\nset -e\n# shellcheck disable=SC2086\necho $x\necho [|$y|]\nEOF\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2086UnquotedExpansion>(marked);

    [Fact]
    public void The_fix_quotes_the_expansion()
    {
        var d = Assert.Single(RuleTester.Diagnostics<SC2086UnquotedExpansion>("FROM debian:12\nRUN rm -rf $DIR/tmp\n"));
        Assert.Equal("'$DIR' is not quoted: a value with spaces or '*' would be split into several words and globbed; write \"$DIR\"", d.Message);
        var fix = Assert.IsType<Dockerfile.Linter.Diagnostics.Fix>(d.Fix);
        Assert.Equal(["\"", "\""], fix.Edits.Select(e => e.NewText));
        Assert.Equal([26, 30], fix.Edits.Select(e => e.Span.Start));
    }

    [Fact]
    public void No_fix_inside_an_escaped_sh_c_string()
    {
        var d = Assert.Single(RuleTester.Diagnostics<SC2086UnquotedExpansion>("FROM debian:12\nRUN sh -c \"echo \\$x\"\n"));
        Assert.Null(d.Fix);
    }
}
