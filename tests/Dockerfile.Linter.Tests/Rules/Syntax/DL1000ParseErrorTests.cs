using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Syntax;

public class DL1000ParseErrorTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nRUN <<EOF\necho hi\nEOF\n")]
    [InlineData("FROM alpine:3.20\nRUN echo a \\\n\n  && echo b\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL1000ParseError>(dockerfile);

    [Theory]
    [InlineData("[||]")]
    [InlineData("[||]# only a comment\n")]
    public void A_file_without_instructions_is_an_error(string marked) => RuleTester.Invalid<DL1000ParseError>(marked);

    [Theory]
    [InlineData("FROM alpine:3.20\n[|RUNN|] echo hi\n")]
    [InlineData("FROM alpine:3.20 AS a\nRUN true\nFROM a\n[|fromm|] b\n")]
    public void An_unknown_instruction_after_FROM_is_an_error(string marked) => RuleTester.Invalid<DL1000ParseError>(marked);

    [Fact]
    public void An_unknown_instruction_before_FROM_is_left_to_DL3061() =>
        RuleTester.Valid<DL1000ParseError>("FROMM alpine:3.20\nFROM alpine:3.20\n");

    [Fact]
    public void Each_parse_error_is_reported_with_its_span()
    {
        const string text = "FROM alpine:3.20\nRUN <<EOF\necho never terminated\n";
        var linter = new DockerfileLinter(rules: [new DL1000ParseError()]);
        var result = linter.Lint(text);
        var errors = result.Syntax.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.Equal(errors.Select(e => (e.Span, e.Message)), result.Diagnostics.Select(d => (d.Span, d.Message)));
        Assert.All(result.Diagnostics, d => Assert.Equal("DL1000", d.Code));
    }

    [Fact]
    public void Parse_errors_do_not_stop_other_rules()
    {
        var result = new DockerfileLinter().Lint("FROM alpine:3.20\nWORKDIR app\nRUN <<EOF\necho never terminated\n");
        Assert.Contains(result.Diagnostics, d => d.Code == "DL1000");
        Assert.Contains(result.Diagnostics, d => d.Code == "DL3000");
    }
}
