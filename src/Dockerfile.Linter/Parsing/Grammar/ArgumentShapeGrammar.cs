using System.Collections.Immutable;
using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>Argument shapes that need no quote handling: blank-separated words and HEALTHCHECK's type word.</summary>
internal static class ArgumentShapeGrammar
{
    // reWhitespace.Split(rest, -1): runs of [\t\v\f\r ] separate words; no quote handling at all.
    private static readonly Parser<char, ImmutableArray<(int Start, int End)>> BlankSeparated =
        Map((start, end) => (start, end), CurrentOffset, Token(c => !GoText.IsTokenSpace(c)).SkipMany().Then(CurrentOffset))
            .Separated(Token(GoText.IsTokenSpace).SkipAtLeastOnce())
            .Before(End)
            .Select(words => words.ToImmutableArray());

    // parseHealthConfig: the type is everything up to the first blank; the command starts after the blanks.
    private static readonly Parser<char, (int TypeEnd, int CommandStart)> TypeAndRest = Map(
        (typeEnd, commandStart) => (typeEnd, commandStart),
        Token(c => !GoText.IsByteSpace(c)).SkipMany().Then(CurrentOffset),
        Token(GoText.IsByteSpace).SkipMany().Then(CurrentOffset));

    /// <summary>Splits [start, end) at runs of blanks (absolute offsets); empty input gives no words.</summary>
    public static ImmutableArray<(int Start, int End)> SplitBlankSeparated(string line, int start, int end)
    {
        if (start >= end) return [];
        var result = BlankSeparated.Parse(line.AsSpan(start, end - start));
        return result.Success ? result.Value.Select(w => (w.Start + start, w.End + start)).ToImmutableArray() : [];
    }

    /// <summary>HEALTHCHECK's split of [start, end): where the type word ends and the command starts (absolute).</summary>
    public static (int TypeEnd, int CommandStart) SplitTypeAndCommand(string line, int start, int end)
    {
        var result = TypeAndRest.Parse(line.AsSpan(start, end - start));
        return result.Success ? (result.Value.TypeEnd + start, result.Value.CommandStart + start) : (end, end);
    }
}
