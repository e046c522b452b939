using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Syntax;

/// <summary>
/// An instruction keeps its header's facts in its own fields and makes <see cref="Instruction.Header"/> and
/// <see cref="Instruction.Keyword"/> on access: both must give what the parser found, for the common one-line form and
/// for the rare parts (flags, comments, heredocs, several segments, a keyword cut by a continuation).
/// </summary>
public class InstructionFieldsTests
{
    private const string Text = "# first\nFROM alpine AS base\nCOPY --from=base --chown=1:1 a \\\n  b /c/\n" +
        "RUN <<EOF\necho hi\nEOF\nEN\\\nV A=b\nLABEL x=y\n";

    [Fact]
    public void The_header_made_on_access_holds_the_instructions_facts()
    {
        var syntax = DockerfileParser.Parse(Text);
        Assert.Equal(5, syntax.Instructions.Length);
        foreach (var instruction in syntax.Instructions)
        {
            var header = instruction.Header;
            Assert.Equal(instruction.Span, header.Span);
            Assert.Equal(instruction.Keyword.Text, header.Keyword.Text);
            Assert.Equal(instruction.Keyword.Span, header.Keyword.Span);
            Assert.Equal(instruction.Flags, header.Flags);
            Assert.Equal(instruction.PrecedingComments, header.PrecedingComments);
            Assert.Equal(instruction.Heredocs, header.Heredocs);
            Assert.Equal(instruction.LogicalText, header.LogicalText);
            Assert.Equal(instruction.FullSpan, header.FullSpan);
            Assert.Equal(instruction.ArgumentsSpan, header.ArgumentsSpan);
            Assert.Equal((instruction.StartLine, instruction.EndLine), (header.StartLine, header.EndLine));
            for (int i = 0; i < instruction.LogicalText.Length; i++)
                Assert.Equal(instruction.Map.ToSource(i), header.Map.ToSource(i));
        }
    }

    [Fact]
    public void The_rare_parts_are_kept()
    {
        var syntax = DockerfileParser.Parse(Text);
        var (from, copy, run) = (syntax.Instructions[0], syntax.Instructions[1], syntax.Instructions[2]);
        Assert.Equal("first", Assert.Single(from.PrecedingComments));
        Assert.Equal(["from", "chown"], copy.Flags.Select(f => f.Name));
        Assert.Equal("base", copy.GetFlag("from")?.Value);
        Assert.True(copy.HasFlag("chown"));
        Assert.False(from.HasFlag("platform"));
        Assert.Equal(Text.IndexOf("/c/", StringComparison.Ordinal), copy.Map.ToSource(copy.LogicalText.IndexOf("/c/", StringComparison.Ordinal)));
        Assert.Single(run.Heredocs);
        Assert.Equal(["EOF"], run.Heredocs.Select(h => h.Name));
    }

    [Fact]
    public void A_keyword_as_written_spans_its_text_and_one_cut_by_a_continuation_spans_the_cut()
    {
        var syntax = DockerfileParser.Parse(Text);
        foreach (var instruction in syntax.Instructions.Where(i => i.Kind != InstructionKind.Env))
        {
            var keyword = instruction.Keyword;
            Assert.Equal(keyword.Text, Text.Substring(keyword.Span.Start, keyword.Span.Length));
            Assert.Equal(instruction.Span.Start, keyword.Span.Start);
        }
        var env = syntax.Instructions[3];
        Assert.Equal("ENV", env.Keyword.Text);
        int start = Text.IndexOf("EN\\", StringComparison.Ordinal);
        Assert.Equal(new TextSpan(start, "EN\\\nV".Length), env.Keyword.Span);
    }

    [Fact]
    public void Refusals_are_kept_with_or_without_other_rare_parts()
    {
        var syntax = DockerfileParser.Parse("FROM a\nCOPY onlyone\n# c\nCOPY --link onlyone\nCOPY a b\n");
        Assert.Single(syntax.Instructions[1].Refusals);
        Assert.Single(syntax.Instructions[2].Refusals);
        Assert.Equal("c", Assert.Single(syntax.Instructions[2].PrecedingComments));
        Assert.Empty(syntax.Instructions[3].Refusals);
    }

    [Fact]
    public void Keywords_in_any_spelling_and_last_lines_far_or_near_come_back_as_written()
    {
        var body = string.Concat(Enumerable.Repeat("x\n", 40));
        string text = "from a\nRUN echo\nrun echo\nRuN echo\nFOO bar\nRUN <<EOF\n" + body + "EOF\nCMD [\"a\"]\n";
        var syntax = DockerfileParser.Parse(text);
        Assert.Equal(["from", "RUN", "run", "RuN", "FOO", "RUN", "CMD"], syntax.Instructions.Select(i => i.Keyword.Text));
        Assert.Equal(["from", "RUN", "run", "RuN", "FOO", "RUN", "CMD"], syntax.Instructions.Select(i => i.KeywordText));
        foreach (var instruction in syntax.Instructions)
            Assert.Equal(new TextSpan(instruction.Span.Start, instruction.KeywordText.Length), instruction.Keyword.Span);
        var heredoc = syntax.Instructions[5];
        Assert.Equal((6, 47), (heredoc.StartLine, heredoc.EndLine));
        Assert.Equal((48, 48), (syntax.Instructions[6].StartLine, syntax.Instructions[6].EndLine));
        Assert.True(syntax.Instructions[6].IsJsonForm);
        Assert.False(syntax.Instructions[1].IsJsonForm);
    }

    [Fact]
    public void The_json_form_bit_and_the_header_do_not_overwrite_each_other_in_either_order()
    {
        var header = DockerfileParser.Parse("FROM a\nCMD [\"a\"]\n").Instructions[1].Header;
        var before = new CmdInstruction { IsJsonForm = true, Header = header, Span = header.Span, Command = null };
        var after = new CmdInstruction { Header = header, Span = header.Span, Command = null, IsJsonForm = true };
        foreach (var instruction in new[] { before, after })
        {
            Assert.True(instruction.IsJsonForm);
            Assert.Equal(("CMD", 2, 2), (instruction.Keyword.Text, instruction.StartLine, instruction.EndLine));
            Assert.Equal(header.Map.ToSource(0), instruction.Map.ToSource(0));
        }
    }

    [Fact]
    public void Full_and_argument_spans_come_back_whether_kept_as_margins_or_in_the_rare_parts()
    {
        string body = string.Concat(Enumerable.Repeat("x\n", 35_000));
        string text = "FROM a\n  ENV A=b  \nRUN <<EOF\n" + body + "EOF\n";
        var syntax = DockerfileParser.Parse(text);
        var (env, run) = (syntax.Instructions[1], syntax.Instructions[2]);
        Assert.Equal((new TextSpan(9, 7), new TextSpan(7, 12), new TextSpan(13, 3)), (env.Span, env.FullSpan, env.ArgumentsSpan));
        int runStart = text.IndexOf("RUN", StringComparison.Ordinal);
        Assert.Equal(new TextSpan(runStart + 4, 5), run.ArgumentsSpan);
        Assert.Equal(TextSpan.FromBounds(runStart, text.Length), run.FullSpan);
        Assert.Equal((3, 35_004), (run.StartLine, run.EndLine));

        var header = env.Header;
        var far = new EnvInstruction
        {
            Pairs = [],
            Header = new InstructionHeader
            {
                Span = header.Span, Keyword = header.Keyword, Flags = [], PrecedingComments = [], Heredocs = [],
                LogicalText = header.LogicalText, Map = header.Map, FullSpan = new TextSpan(0, 200_000),
                ArgumentsSpan = new TextSpan(100_000, 3), StartLine = 2, EndLine = 2,
            },
            Span = header.Span,
        };
        Assert.Equal((new TextSpan(0, 200_000), new TextSpan(100_000, 3)), (far.FullSpan, far.ArgumentsSpan));
    }
}
