using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Parsing;

/// <summary><see cref="SourceMap.Slice"/> and <see cref="FrontendDirectives"/>.</summary>
public class SourceMapAndDirectiveTests
{
    [Fact]
    public void Slice_maps_offsets_of_a_suffix_across_segments()
    {
        // logical "ab" + "cd" where "ab" starts at 10 and "cd" at 20 in the file
        var map = new SourceMap([0, 2], [10, 20]);
        var slice = map.Slice(1);
        Assert.Equal(11, slice.ToSource(0));
        Assert.Equal(20, slice.ToSource(1));
        Assert.Equal(21, slice.ToSource(2));
        Assert.Equal(TextSpan.FromBounds(11, 22), slice.ToSource(0, 3));
        Assert.Same(map, map.Slice(0));
    }

    [Fact]
    public void Frontend_directive_scanner_differs_from_the_main_parser()
    {
        const string text = "#!/bin/sh\n# check=skip=all // reason\n# escape=`\nFROM a\n";
        var check = FrontendDirectives.Find(text, "check");
        Assert.Equal(new FrontendDirective("skip=all", "skip=all // reason", 2), check);
        // the main parser stops at the shebang, so the escape directive is only a comment there
        var syntax = DockerfileParser.Parse(text);
        Assert.Equal('\\', syntax.EscapeCharacter);
        Assert.Empty(syntax.Directives);
        Assert.Null(FrontendDirectives.Find("  # check=skip=all\nFROM a\n", "check"));
        Assert.Equal("img", FrontendDirectives.DetectSyntax("//syntax=img\nFROM a\n")!.Value);
    }
}
