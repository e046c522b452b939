using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Shell;

/// <summary>The and-or lists and for-loop lists the parser records next to the flat command list.</summary>
public class ShellListStructureTests
{
    private static string TextOf(string script, TextSpan span) => script.Substring(span.Start, span.Length);

    [Fact]
    public void And_or_lists_keep_their_pipelines_operators_and_place()
    {
        const string text = "a && b || c | d; ! e &\nf";
        var lists = ShellParser.Parse(text).AndOrLists;
        Assert.Equal(3, lists.Length);
        Assert.Equal("a && b || c | d", TextOf(text, lists[0].Span));
        Assert.Equal([ShellOperator.And, ShellOperator.Or], lists[0].Operators.Select(o => o.Operator));
        Assert.Equal("||", TextOf(text, lists[0].Operators[1].Span));
        Assert.Equal(3, lists[0].Pipelines.Length);
        Assert.True(lists[1].Pipelines[0].IsNegated);
        Assert.Equal("!", TextOf(text, lists[1].Pipelines[0].NegationSpan));
        Assert.True(lists[1].IsBackground);
        Assert.Equal([false, false, true], lists.Select(l => l.IsLast));
        Assert.All(lists, l => Assert.Equal(ShellListKind.Script, l.Kind));
    }

    [Theory]
    [InlineData("if a; then b; fi", "a", "Condition")]
    [InlineData("if x; then a; fi", "a", "Branch")]
    [InlineData("if x; then y; else a; fi", "a", "Branch")]
    [InlineData("while a; do y; done", "a", "Condition")]
    [InlineData("for i in 1 2; do a; done", "a", "LoopBody")]
    [InlineData("{ a; }", "a", "Group")]
    [InlineData("f() { a; }", "a", "FunctionBody")]
    [InlineData("( a )", "a", "Subshell")]
    [InlineData("case x in y) a;; esac", "a", "CaseItem")]
    [InlineData("v=$(a)", "a", "Substitution")]
    [InlineData("v=`a`", "a", "Substitution")]
    [InlineData("sh -c 'a'", "a", "Script")]
    public void Each_list_knows_where_it_sits(string text, string item, string kind)
    {
        var list = Assert.Single(ShellParser.Parse(text).AndOrLists, l => TextOf(text, l.Span) == item);
        Assert.Equal(kind, list.Kind.ToString());
    }

    [Fact]
    public void Inline_scripts_are_roots_of_their_own()
    {
        const string text = "set -e; sh -c 'a; b'";
        var lists = ShellParser.Parse(text).AndOrLists;
        var inner = Assert.Single(lists, l => TextOf(text, l.Span) == "a");
        var outer = Assert.Single(lists, l => TextOf(text, l.Span) == "set -e");
        Assert.Equal(ShellCommandContext.ShellArgument, inner.Root.Context);
        Assert.Equal(ShellCommandContext.TopLevel, outer.Root.Context);
        Assert.Equal("a; b", TextOf(text, inner.Root.Span));
    }

    [Fact]
    public void For_loops_keep_their_words()
    {
        const string text = "for x in a \"b c\" $d; do :; done; for y; do :; done; select z in q; do :; done";
        var loop = Assert.Single(ShellParser.Parse(text).ForLoops);
        Assert.Equal(["a", "\"b c\"", "$d"], loop.Items.Select(w => w.Text));
        Assert.Equal("\"b c\"", TextOf(text, loop.Items[1].Span));
    }
}
