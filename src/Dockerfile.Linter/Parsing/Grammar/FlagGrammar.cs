using System.Collections.Immutable;
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

    private readonly Parser<char, (ImmutableArray<FlagWord> Words, int End)> _flags;

    /// <summary>
    /// A flag word's name and value: <c>--</c>, the name up to the first <c>=</c> and the value after it (none for a
    /// bare <c>--link</c>); read on the processed text for the values and on the raw text for their ranges.
    /// </summary>
    public static readonly Parser<char, DeclarationText> NameAndValue = String("--").Then(KeyValueGrammar.Declaration);

    private FlagGrammar(char escape)
    {
        var space = CharRun.SkipWhile(CharRun.ByteSpaces);
        var escaped = Char(escape).Then(Any.Select(c => c.ToString()).Or(End.ThenReturn("")));
        var plain = CharRun.Until(CharRun.ByteSpaces + "'\"" + escape, minimum: 1);
        Parser<char, string> Quoted(char quote) =>
            Char(quote).Then(
                    escaped.Or(CharRun.Until(quote.ToString() + escape, minimum: 1)).Many())
                .Before(Char(quote).IgnoreResult().Or(End))
                .Select(string.Concat);
        var part = OneOf(
            plain.Select(s => (Text: s, Quoted: false)),
            escaped.Select(s => (Text: s, Quoted: false)),
            Quoted('"').Select(s => (Text: s, Quoted: true)),
            Quoted('\'').Select(s => (Text: s, Quoted: true)));
        var word = Map(
            (start, parts, end) =>
            {
                var list = parts.ToList();
                return new FlagWord(string.Concat(list.Select(p => p.Text)), start, end, list.Any(p => p.Quoted));
            },
            CurrentOffset, part.AtLeastOnce(), CurrentOffset);
        var flagWord = Try(Lookahead(String("--"))).Then(word);
        _flags = Map(
            (words, end) => (words.ToImmutableArray(), end),
            space.Then(flagWord.Before(space).Many()),
            CurrentOffset);
    }

    /// <summary>
    /// Reads the flag words at the start of [start, end); returns them (absolute offsets) and where the text after
    /// the last one (and its trailing blanks) starts.
    /// </summary>
    public static (ImmutableArray<FlagWord> Words, int End) Parse(string line, int start, int end, char escape)
    {
        var grammar = escape == '`' ? Backtick : Backslash;
        var result = grammar._flags.Parse(line.AsSpan(start, end - start));
        if (!result.Success) return ([], start);
        var words = result.Value.Words.Select(w => w with { Start = w.Start + start, End = w.End + start }).ToImmutableArray();
        return (words, result.Value.End + start);
    }
}
