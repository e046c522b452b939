using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Style;

public class DF1204InconsistentContinuationIndentTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN a \\\n    && b \\\n    && c\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y \\\n        curl \\\n        git \\\n    && rm -rf /x\n")]   // deliberate nesting
    [InlineData("FROM debian:12\nRUN if true; then \\\n      a; \\\n    fi\n")]                                   // two columns: nesting
    [InlineData("FROM debian:12\nRUN echo \"a \\\n     b\" \\\n    && c\n")]                                     // inside a quoted string
    [InlineData("FROM debian:12\nRUN a \\\n    && b \\\n# comment\n     \n    && c\n")]                           // comment and blank lines
    [InlineData("FROM debian:12\nRUN <<EOF\n    a\n     b\nEOF\n")]                                             // heredoc body
    [InlineData("FROM debian:12\nRUN a \\\n\t&& b \\\n\t\t&& c\n")]                                              // tabs only
    [InlineData("FROM debian:12\nRUN a \\\nb \\\n c\n")]                                                        // no indentation to fix from
    public void Valid(string dockerfile) => RuleTester.Valid<DF1204InconsistentContinuationIndent>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN a \\\n    && b \\\n[|     |]&& c\n")]
    [InlineData("FROM debian:12\nRUN a \\\n    && b \\\n[|   |]&& c\n")]
    [InlineData("FROM debian:12\nRUN a \\\n    && b \\\n[|\t|]&& c\n")]
    [InlineData("FROM debian:12\nENV A=1 \\\n    B=2 \\\n[|     |]C=3\n")]
    [InlineData("FROM debian:12\nONBUILD RUN a \\\n    && b \\\n[|   |]&& c\n")]
    [InlineData("FROM debian:12\r\nRUN a \\\r\n    && b \\\r\n[|     |]&& c\r\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF1204InconsistentContinuationIndent>(marked);

    [Fact]
    public void Fix_uses_the_first_continuation_indent() =>
        RuleTester.Fix<DF1204InconsistentContinuationIndent>(
            "FROM debian:12\nRUN a \\\n    && b \\\n     && c \\\n\t&& d\n",
            "FROM debian:12\nRUN a \\\n    && b \\\n    && c \\\n    && d\n");

    [Fact]
    public void Message_describes_both_indents() =>
        Assert.Equal("Continuation line is indented with 1 tab, unlike the first continuation line of this instruction (with 4 spaces)",
            RuleTester.Diagnostics<DF1204InconsistentContinuationIndent>("FROM debian:12\nRUN a \\\n    && b \\\n\t&& c\n").Single().Message);

    [Fact]
    public void Message_counts_a_mixed_indent_in_words() =>
        Assert.Equal("Continuation line is indented with 1 tab and 4 spaces, unlike the first continuation line of this instruction (with 4 spaces)",
            RuleTester.Diagnostics<DF1204InconsistentContinuationIndent>("FROM debian:12\nRUN a \\\n    && b \\\n\t    && c\n").Single().Message);
}
