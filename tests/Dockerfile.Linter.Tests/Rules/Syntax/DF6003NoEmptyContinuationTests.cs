using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Syntax;

public class DF6003NoEmptyContinuationTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nRUN apk add \\\n    curl\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add \\\n    # a comment line\n    curl\n")]
    [InlineData("FROM alpine:3.20\n\nRUN true\n")]                                   // blank lines between instructions
    [InlineData("FROM alpine:3.20\nRUN <<EOF\necho a\n\necho b\nEOF\n")]             // blank lines in a heredoc body
    public void Valid(string dockerfile) => RuleTester.Valid<DF6003NoEmptyContinuation>(dockerfile);

    [Theory]
    // One finding per instruction on its last line, where BuildKit puts it; the blank lines are related locations.
    [InlineData("FROM alpine:3.20\nRUN apk add \\\n{||}\n    [|curl|]\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add \\\n{|   |}\n    [|curl|]\n")]
    [InlineData("FROM alpine:3.20\nRUN a \\\n{||}\n{|\t|}\n  b \\\n{||}\n  [|c|]\n")]
    [InlineData("FROM alpine:3.20\nRUN a \\\n{||}\n[|RUN b|]\n")]                   // swallows the next instruction
    [InlineData("FROM alpine:3.20\nRUN a \\\r\n{||}\r\n  [|b|]\r\n")]
    [InlineData("# escape=`\nFROM alpine:3.20\nRUN a `\n{||}\n  [|b|]\n")]
    [InlineData("FROM alpine:3.20\nCOPY a \\\n{||}\n  b \\\n  [|/c|]\n")]             // not the line after the blank one
    public void Invalid(string marked) => RuleTester.Invalid<DF6003NoEmptyContinuation>(marked);

    [Fact]
    public void Fix_deletes_the_blank_lines() =>
        RuleTester.Fix<DF6003NoEmptyContinuation>(
            "FROM alpine:3.20\nRUN a \\\n\n   \n  b\n",
            "FROM alpine:3.20\nRUN a \\\n  b\n");
}
