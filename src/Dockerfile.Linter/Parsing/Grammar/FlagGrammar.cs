using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>A flag word: its text after quote removal and escapes, its raw range, and whether it held quotes.</summary>
internal readonly record struct FlagWord(string Text, int Start, int End, bool Quoted);

/// <summary>
/// BuildKit's builder-flag words (<c>extractBuilderFlags</c>): every leading word starting with <c>--</c>; inside a word
/// <c>'</c>/<c>"</c> quotes are removed (blanks inside them kept) and the escape character takes the next character
/// literally, a trailing escape being dropped.
/// </summary>
internal sealed class FlagGrammar
{
    private static readonly FlagGrammar Backslash = new('\\');
    private static readonly FlagGrammar Backtick = new('`');

    private readonly char _escape;
    private readonly Parser<char, (IEnumerable<(string Text, int Start, int End)> Words, int End)> _flags;

    /// <summary>
    /// A flag word's name and value: <c>--</c>, the name up to the first <c>=</c> and the value after it (none for a
    /// bare <c>--link</c>); read on the processed text for the values and on the raw text for their ranges.
    /// </summary>
    public static readonly Parser<char, DeclarationText> NameAndValue = String("--").Then(KeyValueGrammar.Declaration);

    private FlagGrammar(char escape)
    {
        _escape = escape;
        var space = CharRun.SkipWhile(CharRun.ByteSpaces);
        // failures are never described: the parts fail quietly
        var escaped = GrammarParts.Quiet(escape).Then(Any.Select(c => c.ToString()).Or(End.ThenReturn("")));
        var plain = CharRun.Until(CharRun.ByteSpaces + "'\"" + escape, minimum: 1);
        Parser<char, string> Quoted(char quote) =>
            GrammarParts.Quiet(quote).Then(escaped.Or(CharRun.Until(quote.ToString() + escape, minimum: 1)).ManyString())
                .Before(GrammarParts.Quiet(quote).IgnoreResult().Or(End));
        var part = OneOf(plain, escaped, Quoted('"'), Quoted('\''));
        var word = Map((start, text, end) => (text, start, end), CurrentOffset, part.AtLeastOnceString(), CurrentOffset);
        var flagWord = Try(Lookahead(GrammarParts.Quiet('-').Then(GrammarParts.Quiet('-')))).Then(word);
        _flags = Map(
            (words, end) => (words, end),
            space.Then(flagWord.Before(space).Many()),
            CurrentOffset);
    }

    /// <summary>
    /// Reads the flag words at the start of [start, end) into <paramref name="words"/> (absolute offsets); returns
    /// where the text after the last one (and its trailing blanks) starts.
    /// </summary>
    public static int Parse(string line, int start, int end, char escape, List<FlagWord> words)
    {
        var grammar = escape == '`' ? Backtick : Backslash;
        var result = grammar._flags.Parse(line.AsSpan(start, end - start));
        if (!result.Success) return start;
        foreach (var (text, wordStart, wordEnd) in result.Value.Words)
            words.Add(new FlagWord(text, wordStart + start, wordEnd + start, grammar.HoldsQuotes(line, wordStart + start, wordEnd + start)));
        return result.Value.End + start;
    }

    // Whether a word held a quoted part: outside quotes a part is plain (no quote), an escape pair, or quoted, so the
    // first quote not taken by an escape opens one.
    private bool HoldsQuotes(string line, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char c = line[i];
            if (c == _escape) i++;
            else if (c is '"' or '\'') return true;
        }
        return false;
    }
}
