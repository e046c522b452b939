using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>A word that looks like a heredoc operator: <c>^(\d*)&lt;&lt;(-?)\s*([^&lt;]*)$</c>.</summary>
internal readonly record struct HeredocMarker(string Digits, bool Chomp, string Rest);

/// <summary>Matches BuildKit's heredoc regex against one lexed word.</summary>
internal static class HeredocMarkerGrammar
{
    private static readonly Parser<char, HeredocMarker> Marker = Map(
        (digits, chomp, rest) => new HeredocMarker(digits, chomp.HasValue, rest),
        CharRun.While(CharRun.Digits).Before(String("<<")),
        Char('-').Optional(),
        CharRun.SkipWhile(" \t\n\f\r")
            .Then(CharRun.Until("<"))
            .Before(End));

    /// <summary>Returns the marker parts when <paramref name="word"/> matches.</summary>
    public static HeredocMarker? Match(string word)
    {
        if (!word.Contains("<<", StringComparison.Ordinal)) return null;
        var result = Marker.Parse(word);
        return result.Success ? result.Value : null;
    }
}
