namespace Dockerfile.Linter.Rules;

/// <summary>
/// Suggests the closest known name for a misspelt one the way BuildKit's checks do: the first option at the smallest
/// Levenshtein distance below 3, and no suggestion when the name itself is among the options.
/// </summary>
internal static class DidYouMean
{
    private const int DistanceLimit = 3;

    public static string? Suggest(string name, IEnumerable<string> options)
    {
        string? match = null;
        int best = DistanceLimit;
        foreach (var option in options)
        {
            if (option == name) return null;
            int distance = Distance(name, option);
            if (distance < best)
            {
                best = distance;
                match = option;
            }
        }
        return match;
    }

    /// <summary>" (did you mean <paramref name="prefix"/>X?)" or an empty string.</summary>
    public static string Hint(string? suggestion, string prefix = "") =>
        suggestion is null ? "" : $" (did you mean {prefix}{suggestion}?)";

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
