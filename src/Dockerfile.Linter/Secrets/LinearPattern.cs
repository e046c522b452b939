using System.Text;
using System.Text.RegularExpressions;

namespace Dockerfile.Linter.Secrets;

/// <summary>
/// A NonBacktracking regex built on first use, behind a cheap test of the literal text every match must contain:
/// most texts (a RUN line, a message) hold none of a pattern's required words, so the regex never runs on them, and a
/// process that never meets one never pays for building it.
/// </summary>
/// <remarks>
/// The test must be a necessary condition of a match. For case-insensitive patterns it compares with
/// <see cref="StringComparison.OrdinalIgnoreCase"/>, which agrees with the regex on ASCII text only (the regex also
/// folds a few non-ASCII letters such as the Kelvin sign), so <see cref="MayMatch"/> answers true for any other text.
/// </remarks>
internal sealed class LinearPattern(string pattern, RegexOptions options, Func<string, bool> mayMatch)
{
    private Regex? _regex;

    /// <summary>The compiled regex (NonBacktracking and culture-invariant on top of the given options).</summary>
    public Regex Regex => Volatile.Read(ref _regex) ?? Build();

    // A race builds two equal regexes, and one of them is kept: harmless, and no delegate is made on every use.
    private Regex Build()
    {
        var regex = new Regex(pattern, options | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        return Interlocked.CompareExchange(ref _regex, regex, null) ?? regex;
    }

    /// <summary>False when <paramref name="text"/> cannot hold a match.</summary>
    public bool MayMatch(string text) =>
        (options & RegexOptions.IgnoreCase) != 0 && !Ascii.IsValid(text) || mayMatch(text);

    /// <summary>True when <paramref name="text"/> contains <paramref name="word"/> in any ASCII letter case.</summary>
    public static bool HasWord(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
