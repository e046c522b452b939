namespace Dockerfile.Linter.Secrets;

/// <summary>Shannon entropy of strings, the measure used to tell random-looking literals from words.</summary>
public static class Entropy
{
    /// <summary>Shannon entropy in bits per character of <paramref name="text"/> (0 for empty text).</summary>
    public static double Shannon(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return 0;
        var counts = new Dictionary<char, int>();
        foreach (char c in text)
            counts[c] = counts.TryGetValue(c, out int n) ? n + 1 : 1;
        double entropy = 0;
        foreach (int count in counts.Values)
        {
            double p = (double)count / text.Length;
            entropy -= p * Math.Log2(p);
        }
        return entropy;
    }

    /// <summary>True when every character is a hexadecimal digit.</summary>
    public static bool IsHex(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return false;
        foreach (char c in text)
            if (!char.IsAsciiHexDigit(c)) return false;
        return true;
    }

    /// <summary>True when every character belongs to the base64 / base64url alphabets (letters, digits, <c>+/=-_</c>).</summary>
    public static bool IsBase64Like(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return false;
        foreach (char c in text)
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '/' or '=' or '-' or '_')) return false;
        return true;
    }

    /// <summary>
    /// True when <paramref name="text"/> looks like a random secret: a single base64-alphabet token of at least 20
    /// characters that mixes letters and digits with entropy of at least 4.0 bits per character (for pure hex, at
    /// least 32 characters and 3.0 bits: hex is usually a checksum, so callers decide whether hex counts).
    /// Values with <c>/</c> that look like paths and values made of dictionary-like words separated by <c>-</c>/<c>_</c> are not.
    /// </summary>
    public static bool IsHighEntropy(ReadOnlySpan<char> text, bool allowHex)
    {
        if (text.Length < 20 || !IsBase64Like(text)) return false;
        if (IsHex(text))
            return allowHex && text.Length >= 32 && Shannon(text) >= 3.0;
        bool digit = false, upper = false, lower = false;
        int slashes = 0, separators = 0;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c)) digit = true;
            else if (char.IsAsciiLetterUpper(c)) upper = true;
            else if (char.IsAsciiLetterLower(c)) lower = true;
            else if (c == '/') slashes++;
            else if (c is '-' or '_') separators++;
        }
        if (!digit || !(upper || lower)) return false;
        if (!(upper && lower) && text.Length < 32) return false;
        if (slashes > 0 && (text[0] == '/' || slashes * 8 > text.Length)) return false;
        if (separators * 6 > text.Length) return false;
        // Random tokens switch between upper case, lower case and digits far more often than words and versions do.
        double switchRate = ClassSwitchRate(text);
        if (switchRate < (upper && lower ? 0.4 : 0.25)) return false;
        return Shannon(text) >= 4.0;
    }

    /// <summary>
    /// How often adjacent letters/digits change class (upper case, lower case, digit), per letter or digit:
    /// about 0.6 for random base62, well under 0.4 for words, identifiers and version strings.
    /// </summary>
    public static double ClassSwitchRate(ReadOnlySpan<char> text)
    {
        int count = 0, switches = 0, previous = -1;
        foreach (char c in text)
        {
            int cls = char.IsAsciiDigit(c) ? 0 : char.IsAsciiLetterUpper(c) ? 1 : char.IsAsciiLetterLower(c) ? 2 : -1;
            if (cls < 0) continue;
            if (previous >= 0 && cls != previous) switches++;
            previous = cls;
            count++;
        }
        return count == 0 ? 0 : (double)switches / count;
    }
}
