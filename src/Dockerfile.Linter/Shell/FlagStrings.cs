namespace Dockerfile.Linter.Shell;

/// <summary>
/// The strings the flag parser cuts out of option words (names such as <c>y</c> or <c>no-install-recommends</c>,
/// short values): the same few recur across every command of every file, so one instance of each is kept per thread
/// instead of a new string per option.
/// </summary>
internal static class FlagStrings
{
    private const int MaxSharedLength = 40;
    private const int MaxKept = 8_192;

    // One string per ASCII letter: a bundle such as -xzvf names four options.
    private static readonly string[] Letters = MakeLetters();

    [ThreadStatic] private static HashSet<string>? t_strings;

    /// <summary>The one-character string of <paramref name="letter"/>.</summary>
    public static string OfLetter(char letter) => letter < Letters.Length ? Letters[letter] : letter.ToString();

    /// <summary>The characters <c>[start, start + length)</c> of <paramref name="text"/>, an earlier equal instance when short.</summary>
    public static string Of(string text, int start, int length)
    {
        if (length == text.Length) return text;
        if (length == 0) return "";
        if (length == 1) return OfLetter(text[start]);
        if (length > MaxSharedLength) return text.Substring(start, length);
        var strings = t_strings ??= new HashSet<string>(StringComparer.Ordinal);
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = text.AsSpan(start, length);
        if (lookup.TryGetValue(span, out var found)) return found;
        if (strings.Count >= MaxKept) strings.Clear();
        string made = text.Substring(start, length);
        strings.Add(made);
        return made;
    }

    private static string[] MakeLetters()
    {
        var letters = new string[128];
        for (int i = 0; i < letters.Length; i++) letters[i] = ((char)i).ToString();
        return letters;
    }
}
