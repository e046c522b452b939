using System.Text.RegularExpressions;

namespace Dockerfile.Linter.Secrets;

/// <summary>
/// Matches of a pattern without allocating anything when there are none. The scanners run every pattern on every
/// value and RUN line; almost all of them find nothing, and <see cref="Regex.Matches(string)"/> builds a collection
/// and an enumerator even then (a few kilobytes per line across all patterns).
/// </summary>
internal static class RegexScan
{
    public static IEnumerable<Match> MatchesOf(Regex pattern, string text) =>
        pattern.IsMatch(text) ? pattern.Matches(text) : Array.Empty<Match>();
}
