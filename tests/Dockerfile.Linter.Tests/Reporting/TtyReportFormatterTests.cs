using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Reporting;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Reporting;

public class TtyReportFormatterTests
{
    private static string Render(string text, string covered, bool frames = true)
    {
        var source = new SourceText(text);
        int start = text.IndexOf(covered, StringComparison.Ordinal);
        var span = new TextSpan(start, covered.Length);
        var diagnostic = new Diagnostic
        {
            Code = "DL0000", RuleName = "test-rule", Severity = Severity.Warning, Message = "message",
            Span = span, Location = source.GetLinePositionSpan(span),
        };
        return new TtyReportFormatter().Format([new FileReport("Dockerfile", [diagnostic], source)], [],
            new ReportOptions { CodeFrames = frames });
    }

    private static (string Code, string Carets) FrameLines(string output)
    {
        var lines = output.Split('\n');
        int code = Array.FindIndex(lines, l => l.StartsWith("1 | ", StringComparison.Ordinal));
        return (lines[code][4..], lines[code + 1][4..]);
    }

    [Fact]
    public void Carets_line_up_under_the_span_after_tabs()
    {
        var (code, carets) = FrameLines(Render("\t\tRUN  apt-get install x\n", "apt-get"));
        Assert.Equal("\t\tRUN  apt-get install x", code);
        Assert.Equal("\t\t     ^^^^^^^", carets);
    }

    [Fact]
    public void Very_long_lines_are_clipped_around_the_span()
    {
        string text = "RUN " + new string('a', 400) + " needle " + new string('b', 400) + "\n";
        var (code, carets) = FrameLines(Render(text, "needle"));
        Assert.StartsWith("…", code);
        Assert.EndsWith("…", code);
        Assert.True(code.Length < 200, code.Length.ToString());
        Assert.Equal(code.IndexOf("needle", StringComparison.Ordinal), carets.IndexOf('^'));
        Assert.Equal("^^^^^^", carets.Trim());
    }

    [Fact]
    public void A_span_over_several_lines_is_underlined_to_the_end_of_its_first_line()
    {
        var (code, carets) = FrameLines(Render("RUN a \\\n  b\n", "a \\\n  b"));
        Assert.Equal("RUN a \\", code);
        Assert.Equal("    ^^^", carets);
    }

    [Fact]
    public void An_empty_span_gets_one_caret()
    {
        string text = "FROM x\n";
        var source = new SourceText(text);
        var span = new TextSpan(6, 0);
        var d = new Diagnostic
        {
            Code = "DL0000", RuleName = "r", Severity = Severity.Info, Message = "m", Span = span,
            Location = source.GetLinePositionSpan(span),
        };
        string output = new TtyReportFormatter().Format([new FileReport("Dockerfile", [d], source)], [], new ReportOptions());
        Assert.Equal("      ^", FrameLines(output).Carets);
    }

    [Fact]
    public void Control_characters_in_the_source_cannot_reach_the_terminal()
    {
        string output = Render("RUN echo \u001b[31mred\n", "echo");
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void Summary_counts_problems_by_severity_and_files()
    {
        string output = Render("FROM x\n", "FROM", frames: false);
        Assert.EndsWith("Found 1 problem (1 warning) in 1 of 1 file.\n", output);
        string none = new TtyReportFormatter().Format([new FileReport("a", []), new FileReport("b", [])], [], new ReportOptions());
        Assert.Equal("No problems found in 2 files.\n", none);
    }
}
