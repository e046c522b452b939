using System.Text;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Parsing;

/// <summary>Large and adversarial inputs: the parser must finish (linear time), never throw and stay lossless.</summary>
public class HostileInputTests
{
    private static Dockerfile.Linter.Syntax.DockerfileSyntax ParseLossless(string text)
    {
        var s = DockerfileParser.Parse(text);
        Assert.Equal(text, s.ToFullString());
        Assert.Empty(SpanChecks.Check(s));
        return s;
    }

    [Fact]
    public void Ten_megabyte_line_is_reported_as_too_long()
    {
        var s = ParseLossless("FROM a\nRUN " + new string('a', 10_000_000) + "\n");
        var error = Assert.Single(s.Diagnostics);
        Assert.Equal("line-too-long", error.Id);
        Assert.Equal("dockerfile line greater than max allowed size of 65535", error.Message);
        Assert.Equal(2, s.Source.GetLinePosition(error.Span.Start).Line);
    }

    [Theory]
    [InlineData(65535, false)]
    [InlineData(65536, true)]
    public void Line_limit_counts_utf8_bytes(int bytes, bool tooLong)
    {
        string line = "RUN " + new string('é', (bytes - 4) / 2) + ((bytes - 4) % 2 == 1 ? "x" : "");
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(line));
        var s = ParseLossless("FROM a\n" + line + "\n");
        Assert.Equal(tooLong, s.Diagnostics.Any(d => d.Id == "line-too-long"));
    }

    [Fact]
    public void Hundred_thousand_continuation_lines_make_one_instruction()
    {
        var sb = new StringBuilder("FROM a\nRUN a \\\n");
        for (int i = 0; i < 100_000; i++) sb.Append(i % 3 == 0 ? "# c\n" : "  b \\\n");
        sb.Append("end\n");
        var s = ParseLossless(sb.ToString());
        Assert.Equal(2, s.Instructions.Length);
        Assert.Equal(100_003, s.Instructions[1].EndLine);
    }

    [Fact]
    public void Ten_thousand_heredocs()
    {
        var sb = new StringBuilder("FROM a\n");
        for (int i = 0; i < 10_000; i++) sb.Append("RUN <<E").Append(i).Append("\nbody\nE").Append(i).Append('\n');
        var s = ParseLossless(sb.ToString());
        Assert.Equal(10_001, s.Instructions.Length);
        Assert.All(s.Instructions.Skip(1), i => Assert.Equal("body\n", i.Heredocs.Single().Content));
    }

    [Theory]
    [InlineData("ENV a=", "\"")]
    [InlineData("ARG ", "'")]
    [InlineData("CMD ", "[")]
    [InlineData("RUN ", "<<a ")]
    [InlineData("RUN ", "${a:-")]
    [InlineData("COPY ", "--x=\"y\" ")]
    [InlineData("ONBUILD ", "ONBUILD ")]
    public void Repeated_fragments_do_not_blow_up(string prefix, string fragment)
    {
        var sb = new StringBuilder("FROM a\n").Append(prefix);
        for (int i = 0; i < 100_000; i++) sb.Append(fragment);
        sb.Append("\nRUN done\n");
        var s = ParseLossless(sb.ToString());
        if (fragment.Contains("<<"))
            Assert.Contains(s.Diagnostics, d => d.Id == "unterminated-heredoc");
        else
            Assert.Equal("RUN done", s.Instructions[^1].LogicalText);
    }

    [Fact]
    public void Deeply_nested_json_is_handled_without_recursion_limits()
    {
        var s = ParseLossless("CMD " + new string('[', 9000) + new string(']', 9000) + "\nCMD " + new string('[', 20000) + "\n");
        Assert.Contains(s.Diagnostics, d => d.Id == "json-non-string");
        Assert.Equal(2, s.Instructions.Length);
    }

    [Fact]
    public void Binary_garbage_parses_losslessly()
    {
        var random = new Random(42);
        var bytes = new byte[2_000_000];
        random.NextBytes(bytes);
        ParseLossless(Encoding.UTF8.GetString(bytes));
        ParseLossless(Encoding.Latin1.GetString(bytes));
    }
}
