using Dockerfile.Linter.Parsing.Grammar;
using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace Dockerfile.Linter.Tests.Parsing.Grammar;

public class QuietCombinatorsTests
{
    // words of letters, separated by one dash or a dot-dot pair, then the end: the Pidgin original and the quiet one
    private static readonly Parser<char, Unit> Letters = CharRun.SkipWhile("abc", minimum: 1).Labelled("a letter");
    private static readonly Parser<char, Unit> Separator =
        OneOf(GrammarParts.Quiet('-').IgnoreResult(), GrammarParts.Quiet('.').Then(Char('.')).IgnoreResult());
    private static readonly Parser<char, Unit> QuietSeparator =
        QuietCombinators.QuietOneOf(GrammarParts.Quiet('-').IgnoreResult(), GrammarParts.Quiet('.').Then(Char('.')).IgnoreResult());

    private static readonly Parser<char, Unit> Pidgin =
        Letters.Then(Separator.Then(Letters).SkipMany()).Then(End.Labelled("the end"));
    private static readonly Parser<char, Unit> Quiet =
        Letters.Then(QuietSeparator.Then(Letters).SkipManyQuietly()).Then(End.Labelled("the end"));

    [Theory]
    [InlineData("abc")]
    [InlineData("a-b..c")]
    [InlineData("a-")]
    [InlineData("a.b")]
    [InlineData("a--b")]
    [InlineData("a!")]
    [InlineData("")]
    [InlineData("-a")]
    public void Quiet_loops_and_choices_succeed_and_fail_where_Pidgins_do_with_the_same_expectation(string input)
    {
        bool expected = GrammarParts.TryParse(Pidgin, input, 0, input.Length, out _, out var pidginFailure);
        bool actual = GrammarParts.TryParse(Quiet, input, 0, input.Length, out _, out var quietFailure);
        Assert.Equal(expected, actual);
        Assert.Equal(pidginFailure, quietFailure);
    }

    [Fact]
    public void ManyQuietly_collects_every_match_and_stops_before_the_rest()
    {
        var words = CharRun.Until(" ", minimum: 1).Before(CharRun.SkipWhile(" ")).ManyQuietly();
        Assert.Equal(new[] { "ab", "c", "def" }, GrammarAssert.Parses(words, "ab c  def"));
        Assert.Empty(GrammarAssert.Parses(words, ""));
    }

    [Fact]
    public void SkipAtLeastOnceQuietly_needs_one_match()
    {
        var letters = GrammarParts.Quiet('a').SkipAtLeastOnceQuietly().Then(End);
        GrammarAssert.Parses(letters, "aaa");
        Assert.Equal(0, GrammarAssert.Fails(letters, "").Offset);
        Assert.Equal(0, GrammarAssert.Fails(letters, "b").Offset);
    }

    [Fact]
    public void Quoted_words_split_on_both_paths()
    {
        // without a trailing escape the quiet grammar splits; with one, the grammar that drops a lone trailing escape
        Assert.Equal(new[] { (0, 1), (2, 3) }, QuotedWordsGrammar.Split("a b", 0, 3, '\\'));
        const string env = "ENV a=\"b c\" d='e f' g\\ h";
        Assert.Equal(new[] { (4, 11), (12, 19), (20, 24) }, QuotedWordsGrammar.Split(env, 4, env.Length, '\\'));
        Assert.Equal(new[] { (0, 3) }, QuotedWordsGrammar.Split("k=v\\", 0, 4, '\\'));
        Assert.Equal(new[] { (0, 1), (2, 4) }, QuotedWordsGrammar.Split("a \"b\\", 0, 5, '\\'));
    }
}
