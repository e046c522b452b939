using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>
/// BuildKit's quote-aware word split (<c>parseWords</c>, used by ENV, LABEL and ARG): words end at unquoted blanks,
/// quotes and escape characters stay in the words, and only a lone escape character at the very end is dropped.
/// A word is therefore always a slice of the input.
/// </summary>
internal sealed class QuotedWordsGrammar
{
    private static readonly QuotedWordsGrammar Backslash = new('\\');
    private static readonly QuotedWordsGrammar Backtick = new('`');

    private readonly Parser<char, IEnumerable<(int Start, int End)>> _words;

    private QuotedWordsGrammar(char escape)
    {
        var spaces = CharRun.SkipWhile(CharRun.GoSpaces);
        // true when the part is a lone escape character at the end of the input (dropped from the word)
        var escaped = Char(escape).Then(Any.Select(_ => false).Or(End.ThenReturn(true)));
        var plain = CharRun.SkipUntil(CharRun.GoSpaces + "'\"" + escape, minimum: 1).ThenReturn(false);
        var doubleQuoted = Char('"').Then(
                Char(escape).Then(Any.Select(_ => false).Or(End.ThenReturn(true)))
                    .Or(CharRun.SkipUntil("\"" + escape, minimum: 1).ThenReturn(false))
                    .Many())
            .Before(Char('"').IgnoreResult().Or(End))
            .Select(parts => parts.LastOrDefault());
        var singleQuoted = Char('\'').Then(CharRun.SkipUntil("'"))
            .Then(Char('\'').IgnoreResult().Or(End)).ThenReturn(false);
        var part = OneOf(plain, escaped, doubleQuoted, singleQuoted);
        var word = Map(
            (start, parts, end) => (start, parts.Last() ? end - 1 : end),
            CurrentOffset, part.AtLeastOnce(), CurrentOffset);
        _words = spaces
            .Then(word.Before(spaces).Many())
            .Before(End);
    }

    /// <summary>Splits [start, end) of <paramref name="line"/>; returns absolute word ranges (empty words left out).</summary>
    public static List<(int Start, int End)> Split(string line, int start, int end, char escape)
    {
        var grammar = escape == '`' ? Backtick : Backslash;
        var result = grammar._words.Parse(line.AsSpan(start, end - start));
        var words = new List<(int Start, int End)>();
        if (!result.Success) return words;
        foreach (var (wordStart, wordEnd) in result.Value)
        {
            if (wordEnd > wordStart) words.Add((wordStart + start, wordEnd + start));
        }
        return words;
    }
}
