namespace Dockerfile.Linter.Rules.Support;

/// <summary>
/// "Did you mean" suggestions: the first known name at the smallest Levenshtein distance below 3. <see cref="Suggest"/>
/// is BuildKit's rule for its checks (case-sensitive, no suggestion when the name itself is known); <see cref="Closest"/>
/// is the linter's own for configuration and the command line (case-insensitive).
/// </summary>
internal static class DidYouMean
{
    private const int DistanceLimit = 3;

    /// <summary>The closest of <paramref name="options"/> to <paramref name="name"/> as BuildKit's checks suggest it, or null.</summary>
    public static string? Suggest(string name, IEnumerable<string> options) => Nearest(name, options, ignoreCase: false);

    /// <summary>The known name closest to <paramref name="name"/>, ignoring case, or null.</summary>
    public static string? Closest(string name, IEnumerable<string> known) => Nearest(name, known, ignoreCase: true);

    /// <summary>" (did you mean <paramref name="prefix"/>X?)" or an empty string.</summary>
    public static string Hint(string? suggestion, string prefix = "") =>
        suggestion is null ? "" : $" (did you mean {prefix}{suggestion}?)";

    private static string? Nearest(string name, IEnumerable<string> options, bool ignoreCase)
    {
        string wanted = ignoreCase ? name.ToLowerInvariant() : name;
        string? match = null;
        int best = DistanceLimit;
        foreach (var option in options)
        {
            // BuildKit does not suggest anything for a name that is itself an option.
            if (!ignoreCase && option == name) return null;
            int distance = Distance(wanted, ignoreCase ? option.ToLowerInvariant() : option);
            if (distance < best)
            {
                best = distance;
                match = option;
            }
        }
        return match;
    }

    internal static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) >= DistanceLimit) return DistanceLimit;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
