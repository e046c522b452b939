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
    public void Fix_uses_the_first_continuation_indent_for_every_line_one_column_off() =>
        RuleTester.Fix<DF1204InconsistentContinuationIndent>(
            "FROM debian:12\nRUN a \\\n    && b \\\n     && c \\\n    && d \\\n     && e\n",
            "FROM debian:12\nRUN a \\\n    && b \\\n    && c \\\n    && d \\\n    && e\n");

    [Fact]
    public void One_finding_per_instruction_counts_the_other_lines()
    {
        var d = RuleTester.Diagnostics<DF1204InconsistentContinuationIndent>(
            "FROM debian:12\nRUN a \\\n    && b \\\n     && c \\\n   && d \\\n\t&& e\n").Single();
        Assert.Equal(4, d.Location.Start.Line);
        Assert.EndsWith("; 2 more lines of this instruction are indented inconsistently", d.Message);
        Assert.Null(d.Fix); // the tab line's depth is unknown, so no line is rewritten
    }

    // The audit's reproducer: tab-indented if bodies under a space-indented first line. Rewriting both to four spaces
    // flattened the nesting; the finding stays, without a fix.
    [Fact]
    public void Nested_tab_indentation_gets_no_fix_that_would_flatten_it()
    {
        const string text = "FROM debian:12\nRUN set -e; \\\n    if [ -f x ]; then \\\n\t\techo yes; \\\n\tfi\n";
        var d = RuleTester.Diagnostics<DF1204InconsistentContinuationIndent>(text).Single();
        Assert.Equal(4, d.Location.Start.Line);
        Assert.Null(d.Fix);
        RuleTester.Fix<DF1204InconsistentContinuationIndent>(text, text);
    }

    [Fact]
    public void Lines_off_to_both_sides_are_not_made_level() // aws-codebuild-docker-images: "if" at 3, "fi" at 5
    {
        var d = RuleTester.Diagnostics<DF1204InconsistentContinuationIndent>(
            "FROM debian:12\nRUN a \\\n    && b \\\n   && if c; then \\\n         d; \\\n     fi\n").Single();
        Assert.Null(d.Fix);
    }

    [Fact]
    public void A_line_between_two_levels_is_not_rewritten()
    {
        // 5 is one column off the first line (4) and off the nested level (6): which one was meant is unknown.
        var d = RuleTester.Diagnostics<DF1204InconsistentContinuationIndent>(
            "FROM debian:12\nRUN if a; then \\\n    b \\\n      c \\\n     d; \\\n    fi\n").Single();
        Assert.Null(d.Fix);
    }

    [Fact]
    public void Message_describes_both_indents() =>
        Assert.Equal("Continuation line is indented with 1 tab, unlike the first continuation line of this instruction (with 4 spaces)",
            RuleTester.Diagnostics<DF1204InconsistentContinuationIndent>("FROM debian:12\nRUN a \\\n    && b \\\n\t&& c\n").Single().Message);

    [Fact]
    public void Message_counts_a_mixed_indent_in_words() =>
        Assert.Equal("Continuation line is indented with 1 tab and 4 spaces, unlike the first continuation line of this instruction (with 4 spaces)",
            RuleTester.Diagnostics<DF1204InconsistentContinuationIndent>("FROM debian:12\nRUN a \\\n    && b \\\n\t    && c\n").Single().Message);
}
