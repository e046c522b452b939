using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>
/// The keyword and the whitespace after it (BuildKit's <c>tokenWhitespace.Split(line, 2)</c>), on an already trimmed
/// instruction line: returns the keyword's end and where the rest starts.
/// </summary>
internal static class InstructionHeadGrammar
{
    private static readonly Parser<char, (int KeywordEnd, int RestStart)> Head = Map(
        (keywordEnd, restStart) => (keywordEnd, restStart),
        CharRun.SkipUntil(CharRun.TokenSpaces).Then(CurrentOffset),
        CharRun.SkipWhile(CharRun.TokenSpaces).Then(CurrentOffset));

    /// <summary>Splits the trimmed line [start, end) of <paramref name="line"/>; offsets are absolute.</summary>
    public static (int KeywordEnd, int RestStart) Split(string line, int start, int end)
    {
        var result = Head.Parse(line.AsSpan(start, end - start));
        return result.Success ? (start + result.Value.KeywordEnd, start + result.Value.RestStart) : (end, end);
    }
}
