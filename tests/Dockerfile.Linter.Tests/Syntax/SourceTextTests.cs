using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Syntax;

public class SourceTextTests
{
    [Theory]
    [InlineData("FROM a\nRUN b\n", 7, 2, 1)]
    [InlineData("FROM a\r\nRUN b", 8, 2, 1)]
    [InlineData("\tFROM a", 1, 1, 2)]
    [InlineData("FROM a\n", 7, 2, 1)]
    public void Offsets_map_to_one_based_line_and_column(string text, int offset, int line, int column)
    {
        Assert.Equal(new LinePosition(line, column), new SourceText(text).GetLinePosition(offset));
    }

    [Fact]
    public void Line_text_excludes_crlf()
    {
        var s = new SourceText("a\r\nbc\n");
        Assert.Equal("a", s.GetLineText(1));
        Assert.Equal("bc", s.GetLineText(2));
    }
}
