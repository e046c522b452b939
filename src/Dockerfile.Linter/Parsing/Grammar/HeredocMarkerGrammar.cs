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
        Token(c => c is >= '0' and <= '9').ManyString().Before(String("<<")),
        Char('-').Optional(),
        Token(c => c is ' ' or '\t' or '\n' or '\f' or '\r').SkipMany()
            .Then(Token(c => c != '<').ManyString())
            .Before(End));

    /// <summary>Returns the marker parts when <paramref name="word"/> matches.</summary>
    public static HeredocMarker? Match(string word)
    {
        if (!word.Contains("<<", StringComparison.Ordinal)) return null;
        var result = Marker.Parse(word);
        return result.Success ? result.Value : null;
    }
}
