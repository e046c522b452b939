using System.Globalization;

namespace Dockerfile.Linter.Secrets;

/// <summary>
/// A name and the value written for it, found in text: <see cref="Index"/> and <see cref="Length"/> cover the whole
/// match (left context included), the other offsets the name and the value (quotes included).
/// </summary>
internal readonly record struct NamedValue(int Index, int Length, int NameStart, int NameLength, int ValueStart, int ValueLength);

/// <summary>
/// Hand-written matchers for the two patterns that meet almost every RUN line (a <c>=</c> or a <c>${</c>), so that no
/// regex is built or run for them. Each finds what the regex in its summary finds, match for match, in one pass:
/// a candidate is only ever a <c>=</c> or a <c>${</c>, and each is judged by looking at its own name and value.
/// </summary>
internal static class NamedValueScanner
{
    /// <summary>
    /// The successive matches of <c>(?:^|[^\w$.{/-])(?&lt;name&gt;[A-Za-z_][A-Za-z0-9_]*)=</c> followed by a value
    /// (<see cref="ValueLength"/>), each search resuming one character before the previous match ended.
    /// </summary>
    public static void Assignments(string text, List<NamedValue> matches)
    {
        int from = 0;
        for (int equals = text.IndexOf('='); equals >= 0; equals = text.IndexOf('=', equals + 1))
        {
            int nameStart = equals;
            while (nameStart > 0 && IsNameChar(text[nameStart - 1])) nameStart--;
            // The name is the whole run before '=': a shorter one would have a word character as its left context.
            if (nameStart == equals || char.IsAsciiDigit(text[nameStart])) continue;
            if (nameStart > 0 && !IsLeftContext(text[nameStart - 1])) continue;
            int index = nameStart == 0 ? 0 : nameStart - 1;
            if (index < from) continue;
            int valueLength = ValueLength(text, equals + 1);
            if (valueLength == 0) continue;
            int end = equals + 1 + valueLength;
            matches.Add(new NamedValue(index, end - index, nameStart, equals - nameStart, equals + 1, valueLength));
            from = Math.Max(index + 1, end - 1);
        }
    }

    /// <summary>
    /// The successive matches of <c>\$\{(?&lt;name&gt;[A-Za-z_][A-Za-z0-9_]*):?[-=](?&lt;v&gt;[^}$"'\s]+)\}</c>
    /// (a default or assigned value in a parameter expansion); the value excludes the braces.
    /// </summary>
    public static void ExpansionDefaults(string text, List<NamedValue> matches)
    {
        int from = 0;
        while (from < text.Length)
        {
            int dollar = text.IndexOf("${", from, StringComparison.Ordinal);
            if (dollar < 0) return;
            from = dollar + 1;
            int nameStart = dollar + 2, i = nameStart;
            if (i >= text.Length || !(char.IsAsciiLetter(text[i]) || text[i] == '_')) continue;
            while (i < text.Length && IsNameChar(text[i])) i++;
            int nameEnd = i;
            if (i < text.Length && text[i] == ':') i++;
            if (i >= text.Length || text[i] is not ('-' or '=')) continue;
            int valueStart = ++i;
            while (i < text.Length && text[i] is not ('}' or '$' or '"' or '\'') && !char.IsWhiteSpace(text[i])) i++;
            if (i == valueStart || i >= text.Length || text[i] != '}') continue;
            matches.Add(new NamedValue(dollar, i + 1 - dollar, nameStart, nameEnd - nameStart, valueStart, i - valueStart));
            from = i;   // the match's last character, as the regex scan resumes
        }
    }

    /// <summary>
    /// The length of the value at <paramref name="at"/>, 0 when there is none:
    /// <c>"[^"\n]*"|'[^'\n]*'|[^\s;&amp;|()&lt;&gt;'"`\\]+</c>.
    /// </summary>
    public static int ValueLength(string text, int at)
    {
        if (at >= text.Length) return 0;
        char first = text[at];
        if (first is '"' or '\'')
        {
            int i = at + 1;
            while (i < text.Length && text[i] != first && text[i] != '\n') i++;
            return i < text.Length && text[i] == first ? i + 1 - at : 0;
        }
        int end = at;
        while (end < text.Length && IsUnquotedValueChar(text[end])) end++;
        return end - at;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsUnquotedValueChar(char c) =>
        c is not (';' or '&' or '|' or '(' or ')' or '<' or '>' or '\'' or '"' or '`' or '\\') && !char.IsWhiteSpace(c);

    // [^\w$.{/-]
    private static bool IsLeftContext(char c) => c is not ('$' or '.' or '{' or '/' or '-') && !IsRegexWordChar(c);

    /// <summary>The regex class <c>\w</c>: letters, non-spacing marks, decimal digits, connector punctuation.</summary>
    internal static bool IsRegexWordChar(char c)
    {
        if (c < 128) return char.IsAsciiLetterOrDigit(c) || c == '_';
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation;
    }
}
