using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Semantics;

namespace Dockerfile.Linter.Tests.Semantics;

public class BuilderExpansionTests
{
    /// <summary>The pieces of the file's last instruction as "text@start[h][=declared]".</summary>
    private static List<string> Pieces(string dockerfile)
    {
        var syntax = DockerfileParser.Parse(dockerfile);
        var last = syntax.Instructions[^1];
        return BuilderExpansion.Of(last)
            .Select(p => $"{p.Text}@{p.Span.Start}{(p.IsHeredocBody ? "h" : "")}{(p.Declares is { } d ? "=" + d : "")}")
            .ToList();
    }

    [Theory]
    [InlineData("FROM a\nRUN echo $HOME\n")]
    [InlineData("FROM a\nCMD echo $HOME\n")]
    [InlineData("FROM a\nENTRYPOINT [\"$X\"]\n")]
    [InlineData("FROM $BASE\n")]
    public void Shell_expanded_and_from_text_is_not_the_builders(string dockerfile) => Assert.Empty(Pieces(dockerfile));

    [Fact]
    public void Copy_flags_come_before_sources_and_destination_then_heredocs()
    {
        const string text = "FROM a\nCOPY --chown=$U --from=b src/$F /dst/ <<EOF\n$BODY\nEOF\n";
        Assert.Equal(["$U@20", "src/$F@32", "/dst/@39", "<<EOF@45", "$BODY\n@51h"], Pieces(text));
    }

    [Fact]
    public void A_heredoc_with_a_quoted_delimiter_keeps_its_body()
    {
        Assert.Equal(["<<'EOF'@12", "/x@20"], Pieces("FROM a\nCOPY <<'EOF' /x\n$A\nEOF\n"));
    }

    [Fact]
    public void Checksum_counts_only_for_add()
    {
        Assert.Equal(["$SUM@22", "x@27", "/y@29"], Pieces("FROM a\nADD --checksum=$SUM x /y\n"));
        Assert.Equal(["x@28", "/y@30"], Pieces("FROM a\nCOPY --checksum=$SUM x /y\n"));
    }

    [Fact]
    public void Env_values_name_their_key_and_label_values_do_not()
    {
        Assert.Equal(["A@11", "$A:x@13=A", "B@18", "2@20=B"], Pieces("FROM a\nENV A=$A:x B=2\n"));
        Assert.Equal(["k@13", "$V@15"], Pieces("FROM a\nLABEL k=$V\n"));
    }

    [Fact]
    public void Arg_declarations_are_declared_in_order_with_or_without_a_default()
    {
        Assert.Equal(["@12=A", "$A@15=B"], Pieces("FROM a\nARG A B=$A\n"));
    }

    [Fact]
    public void Run_mount_options_but_from_are_expanded()
    {
        Assert.Equal(["$T@27"], Pieces("FROM a\nRUN --mount=from=$F,target=$T true\n"));
    }

    [Theory]
    [InlineData("FROM a\nWORKDIR $D\n", "$D@15")]
    [InlineData("FROM a\nUSER $U\n", "$U@12")]
    [InlineData("FROM a\nSTOPSIGNAL $S\n", "$S@18")]
    public void Single_value_instructions_are_expanded(string dockerfile, string piece) => Assert.Equal([piece], Pieces(dockerfile));
}
