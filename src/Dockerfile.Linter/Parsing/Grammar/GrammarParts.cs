using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>A value with the range [Start, End) of the text it was read from (offsets into the parsed text).</summary>
internal readonly record struct Located<T>(T Value, int Start, int End)
{
    /// <summary>The same value with its range moved by <paramref name="delta"/>.</summary>
    public Located<T> Shift(int delta) => new(Value, Start + delta, End + delta);
}

/// <summary>Where a grammar stopped and what it expected there (Pidgin's expected set, as words).</summary>
internal readonly record struct GrammarFailure(int Offset, string Expected);

/// <summary>The lexical pieces every instruction grammar shares, the <see cref="Spanned{T}"/> combinator and the runner.</summary>
internal static class GrammarParts
{
    /// <summary>Records where <paramref name="parser"/> started and stopped.</summary>
    public static Parser<char, Located<T>> Spanned<T>(this Parser<char, T> parser) =>
        Map((start, value, end) => new Located<T>(value, start, end), CurrentOffset, parser, CurrentOffset);

    /// <summary>
    /// The character <paramref name="c"/>, failing as <c>Token(predicate)</c> does: with no expected token of its own.
    /// <c>Char(c)</c> builds an expected entry (an array and a pooled list) each time it fails, which in a loop's or
    /// an option's last attempt is every time; grammars whose failures are never described use this instead.
    /// </summary>
    public static Parser<char, char> Quiet(char c) => Token(t => t == c);

    /// <summary>One blank of BuildKit's <c>reWhitespace</c> (<c>[\t\v\f\r ]</c>).</summary>
    public static readonly Parser<char, char> Blank = Token(GoText.IsTokenSpace);

    /// <summary>A run of blanks: what separates words in blank-separated arguments.</summary>
    public static readonly Parser<char, Unit> Blanks = CharRun.SkipWhile(CharRun.TokenSpaces, minimum: 1);

    /// <summary>A blank-delimited word (no quote handling, as in FROM, EXPOSE, COPY and VOLUME).</summary>
    public static readonly Parser<char, Located<string>> BlankWord =
        CharRun.Until(CharRun.TokenSpaces, minimum: 1).Spanned();

    /// <summary>
    /// A blank-delimited word that satisfies <paramref name="predicate"/>; when it does not, the grammar fails at the
    /// word's start, expecting <paramref name="label"/>, without consuming it.
    /// </summary>
    public static Parser<char, Located<string>> BlankWordWhere(Func<string, bool> predicate, string label) =>
        Lookahead(BlankWord).Assert(w => predicate(w.Value)).Labelled(label).Then(BlankWord);

    /// <summary>Everything up to the end, at least one character (WORKDIR's path, USER's value …).</summary>
    public static readonly Parser<char, Located<string>> Rest = CharRun.ToEnd(minimum: 1).Spanned();

    /// <summary>The end of the arguments.</summary>
    public static readonly Parser<char, Unit> EndOfArguments = End.Labelled("the end of the arguments");

    /// <summary>Blank-separated words, possibly none: BuildKit's <c>reWhitespace.Split</c> of trimmed arguments.</summary>
    public static readonly Parser<char, IEnumerable<Located<string>>> BlankWords =
        BlankWord.Separated(Blanks).Before(End);

    /// <summary>
    /// Runs <paramref name="parser"/> over [start, end) of <paramref name="line"/>; located results stay relative
    /// to <paramref name="start"/>; a failure's offset is absolute.
    /// </summary>
    public static bool TryParse<T>(Parser<char, T> parser, string line, int start, int end, out T value, out GrammarFailure failure)
    {
        var result = parser.Parse(line.AsSpan(start, end - start));
        if (result.Success)
        {
            value = result.Value;
            failure = default;
            return true;
        }
        value = default!;
        failure = new GrammarFailure(start + result.Error!.ErrorOffset, Describe(result.Error));
        return false;
    }

    /// <summary>The value of a grammar that accepts any text (a shape, not a judgement) over all of <paramref name="text"/>.</summary>
    public static T Shape<T>(Parser<char, T> parser, string text) => parser.Parse(text).Value;

    /// <summary>Pidgin's expected set in words: labels as given, the end of input as "the end of the arguments".</summary>
    public static string Describe(ParseError<char> error)
    {
        var names = new List<string>();
        foreach (var expected in error.Expected)
        {
            string name = expected.Label
                ?? (expected.IsEof ? "the end of the arguments" : "\"" + string.Concat(expected.Tokens) + "\"");
            if (!names.Contains(name)) names.Add(name);
        }
        return names.Count == 0 ? "something else" : string.Join(" or ", names);
    }
}
