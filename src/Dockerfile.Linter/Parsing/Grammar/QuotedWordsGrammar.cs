using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;
using static Dockerfile.Linter.Parsing.Grammar.QuietCombinators;

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

    private readonly char _escape;

    // Only a text ending in the escape character can end in a lone escape: the others are split by a grammar that
    // skips the parts instead of collecting, per word, whether its last part was one.
    private readonly Parser<char, List<(int Start, int End)>> _words;
    private readonly Parser<char, IEnumerable<(int Start, int End)>> _wordsEndingInEscape;

    // The split never fails, so what its parts expected is never described: they fail quietly.
    private QuotedWordsGrammar(char escape)
    {
        _escape = escape;
        var spaces = CharRun.SkipWhile(CharRun.GoSpaces);
        // true when the part is a lone escape character at the end of the input (dropped from the word)
        var escaped = GrammarParts.Quiet(escape).Then(Any.ThenReturn(false).Or(End.ThenReturn(true)));
        var plain = CharRun.SkipUntil(CharRun.GoSpaces + "'\"" + escape, minimum: 1).ThenReturn(false);
        var quotedPart = QuietOneOf(escaped, CharRun.SkipUntil("\"" + escape, minimum: 1).ThenReturn(false));
        var closing = QuietOneOf(GrammarParts.Quiet('"').IgnoreResult(), End);
        var singleQuoted = GrammarParts.Quiet('\'').Then(CharRun.SkipUntil("'"))
            .Then(QuietOneOf(GrammarParts.Quiet('\'').IgnoreResult(), End)).ThenReturn(false);

        var doubleQuoted = GrammarParts.Quiet('"').Then(quotedPart.SkipManyQuietly()).Then(closing).ThenReturn(false);
        var part = QuietOneOf(plain, escaped, doubleQuoted, singleQuoted);
        var word = Map((start, end) => (start, end), CurrentOffset.Before(part.SkipAtLeastOnceQuietly()), CurrentOffset);
        _words = spaces.Then(word.Before(spaces).ManyQuietly()).Before(End);

        var doubleQuotedToEscape = GrammarParts.Quiet('"').Then(quotedPart.Many()).Before(closing).Select(parts => parts.LastOrDefault());
        var partToEscape = OneOf(plain, escaped, doubleQuotedToEscape, singleQuoted);
        var wordToEscape = Map(
            (start, parts, end) => (start, parts.Last() ? end - 1 : end),
            CurrentOffset, partToEscape.AtLeastOnce(), CurrentOffset);
        _wordsEndingInEscape = spaces.Then(wordToEscape.Before(spaces).Many()).Before(End);
    }

    /// <summary>Splits [start, end) of <paramref name="line"/>; returns absolute word ranges (empty words left out).</summary>
    public static List<(int Start, int End)> Split(string line, int start, int end, char escape)
    {
        var grammar = escape == '`' ? Backtick : Backslash;
        if (end <= start) return [];
        var text = line.AsSpan(start, end - start);
        if (line[end - 1] != grammar._escape)
        {
            // no word can be empty here: the list is the parser's own, moved to absolute offsets
            var result = grammar._words.Parse(text);
            if (!result.Success) return [];
            var found = result.Value;
            for (int i = 0; i < found.Count; i++) found[i] = (found[i].Start + start, found[i].End + start);
            return found;
        }
        var toEscape = grammar._wordsEndingInEscape.Parse(text);
        var words = new List<(int Start, int End)>();
        if (!toEscape.Success) return words;
        foreach (var (wordStart, wordEnd) in toEscape.Value)
        {
            if (wordEnd > wordStart) words.Add((wordStart + start, wordEnd + start));
        }
        return words;
    }
}
