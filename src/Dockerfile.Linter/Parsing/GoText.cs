using System.Globalization;
using System.Text;

namespace Dockerfile.Linter.Parsing;

/// <summary>String helpers that reproduce the Go library behaviour BuildKit's parser relies on.</summary>
internal static class GoText
{
    /// <summary>Go's <c>unicode.IsSpace</c> (same set as <see cref="char.IsWhiteSpace(char)"/> for the BMP).</summary>
    public static bool IsSpace(char c) => c < 0x80 ? c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' : char.IsWhiteSpace(c);

    /// <summary>
    /// Go's <c>unicode.IsSpace(rune(b))</c> on a single byte, as BuildKit's byte-wise flag and HEALTHCHECK scanners
    /// use it: ASCII blanks only (UTF-8 continuation bytes 0x85/0xA0 would also count there; that quirk is not
    /// reproduced).
    /// </summary>
    public static bool IsByteSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    /// <summary>The separator set of BuildKit's <c>reWhitespace</c> regex (<c>[\t\v\f\r ]</c>).</summary>
    public static bool IsTokenSpace(char c) => c is ' ' or '\t' or '\v' or '\f' or '\r';

    /// <summary>Index of the first non-space character in [start, end), or end.</summary>
    public static int SkipSpace(string s, int start, int end)
    {
        while (start < end && IsSpace(s[start])) start++;
        return start;
    }

    /// <summary>Trims Go spaces from both sides of [start, end).</summary>
    public static (int Start, int End) TrimSpace(string s, int start, int end)
    {
        start = SkipSpace(s, start, end);
        while (end > start && IsSpace(s[end - 1])) end--;
        return (start, end);
    }

    /// <summary>Go's <c>strconv.Quote</c> for a string that came from UTF-8 text.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        AppendQuoted(sb, s);
        return sb.ToString();
    }

    /// <summary>Appends Go's <c>strconv.Quote</c> of <paramref name="s"/>.</summary>
    public static void AppendQuoted(StringBuilder sb, string s)
    {
        sb.Append('"');
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            int rune = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                rune = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                rune = 0xFFFD;
            }
            switch (rune)
            {
                case '"': sb.Append("\\\""); continue;
                case '\\': sb.Append("\\\\"); continue;
                case '\a': sb.Append("\\a"); continue;
                case '\b': sb.Append("\\b"); continue;
                case '\f': sb.Append("\\f"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
                case '\v': sb.Append("\\v"); continue;
            }
            if (rune >= 0x20 && rune < 0x7F) { sb.Append((char)rune); continue; }
            if (rune < 0x20 || rune == 0x7F) { sb.Append("\\x").Append(rune.ToString("x2", CultureInfo.InvariantCulture)); continue; }
            if (IsPrint(rune)) { sb.Append(char.ConvertFromUtf32(rune)); continue; }
            if (rune < 0x10000) sb.Append("\\u").Append(rune.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(rune.ToString("x8", CultureInfo.InvariantCulture));
        }
        sb.Append('"');
    }

    /// <summary>Go's <c>unicode.IsPrint</c>: letters, marks, numbers, punctuation, symbols and ASCII space.</summary>
    public static bool IsPrint(int rune)
    {
        if (rune == ' ') return true;
        switch (CharUnicodeInfo.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
            case UnicodeCategory.OtherPunctuation:
            case UnicodeCategory.MathSymbol:
            case UnicodeCategory.CurrencySymbol:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.OtherSymbol:
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Re-encodes text the way BuildKit's byte-wise flag scanner does: each UTF-8 byte becomes the code point of the
    /// same value (so <c>é</c> turns into <c>Ã©</c>).
    /// </summary>
    public static string Latin1Mangle(string s)
    {
        bool ascii = true;
        foreach (char c in s) if (c >= 0x80) { ascii = false; break; }
        if (ascii) return s;
        var bytes = Encoding.UTF8.GetBytes(s);
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) chars[i] = (char)bytes[i];
        return new string(chars);
    }

    /// <summary>Replaces unpaired surrogates with U+FFFD, as Go's UTF-8 handling would.</summary>
    public static string FixSurrogates(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            var chars = s.ToCharArray();
            for (int j = i; j < chars.Length; j++)
            {
                if (char.IsHighSurrogate(chars[j]) && j + 1 < chars.Length && char.IsLowSurrogate(chars[j + 1])) { j++; continue; }
                if (char.IsSurrogate(chars[j])) chars[j] = '\uFFFD';
            }
            return new string(chars);
        }
        return s;
    }
}
