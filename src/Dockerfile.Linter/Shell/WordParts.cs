using System.Buffers;

namespace Dockerfile.Linter.Shell;

/// <summary>
/// Splits the text of one word (as written) into quoted pieces, literals and expansions. The commands inside
/// <c>$(…)</c> and backticks are not looked into: the shell parser records them as commands of their own. One pass,
/// linear in the word's length; unterminated constructs run to the end of the word.
/// </summary>
internal static class WordParts
{
    // Most words are one literal (no quote, escape or expansion): their lists are shared, one per length.
    private static readonly SearchValues<char> Specials = SearchValues.Create("\\\"'`$");
    private static readonly List<WordPart>?[] LiteralOnly = new List<WordPart>?[128];

    /// <summary>The pieces of <paramref name="text"/>, in order; the list may be shared and must not be changed.</summary>
    public static List<WordPart> Split(string text)
    {
        if (text.Length < LiteralOnly.Length && !text.AsSpan().ContainsAny(Specials))
            return LiteralOnly[text.Length] ??= text.Length == 0 ? [] : [new WordPart(WordPartKind.Literal, 0, text.Length, false)];
        return SplitAny(text);
    }

    /// <summary><see cref="Split"/> without the shared lists: a new list for every word.</summary>
    internal static List<WordPart> SplitAny(string text)
    {
        var parts = new List<WordPart>();
        bool inDouble = false;
        int literalStart = -1;
        int i = 0;
        void Flush(int at)
        {
            if (literalStart >= 0 && at > literalStart) parts.Add(new WordPart(WordPartKind.Literal, literalStart, at, inDouble));
            literalStart = -1;
        }
        void Literal(int at)
        {
            if (literalStart < 0) literalStart = at;
        }

        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\\')
            {
                Literal(i);
                i = Math.Min(i + 2, text.Length);
                continue;
            }
            if (c == '"')
            {
                Flush(i);
                inDouble = !inDouble;
                i++;
                continue;
            }
            if (c == '\'' && !inDouble)
            {
                Flush(i);
                int close = text.IndexOf('\'', i + 1);
                int end = close < 0 ? text.Length : close + 1;
                parts.Add(new WordPart(WordPartKind.SingleQuoted, i, end, false));
                i = end;
                continue;
            }
            if (c == '`')
            {
                Flush(i);
                int end = SkipBackticks(text, i);
                parts.Add(new WordPart(WordPartKind.Backticks, i, end, inDouble));
                i = end;
                continue;
            }
            if (c != '$' || i + 1 >= text.Length)
            {
                Literal(i);
                i++;
                continue;
            }

            char next = text[i + 1];
            if (next == '\'' && !inDouble)
            {
                Flush(i);
                int end = SkipAnsiC(text, i + 2);
                parts.Add(new WordPart(WordPartKind.SingleQuoted, i, end, false));
                i = end;
            }
            else if (next == '(')
            {
                Flush(i);
                bool arithmetic = i + 2 < text.Length && text[i + 2] == '(';
                int end = SkipParens(text, i + 1);
                parts.Add(new WordPart(arithmetic ? WordPartKind.Arithmetic : WordPartKind.CommandSubstitution, i, end, inDouble));
                i = end;
            }
            else if (next == '{')
            {
                Flush(i);
                int end = SkipBraces(text, i + 1);
                parts.Add(Braced(text, i, end, inDouble));
                i = end;
            }
            else if (char.IsAsciiLetter(next) || next == '_')
            {
                Flush(i);
                int end = i + 1;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_')) end++;
                parts.Add(new WordPart(WordPartKind.Parameter, i, end, inDouble, text[(i + 1)..end]));
                i = end;
            }
            else if (char.IsAsciiDigit(next) || next is '@' or '*' or '#' or '?' or '-' or '$' or '!')
            {
                Flush(i);
                parts.Add(new WordPart(WordPartKind.Parameter, i, i + 2, inDouble, next.ToString()));
                i += 2;
            }
            else
            {
                Literal(i);
                i++;
            }
        }
        Flush(text.Length);
        return parts;
    }

    private static WordPart Braced(string text, int start, int end, bool inDouble)
    {
        int i = start + 2;
        int close = end > start + 2 && text[end - 1] == '}' ? end - 1 : end;
        bool length = false;
        if (i < close && text[i] == '#' && i + 1 < close) { length = true; i++; }
        else if (i < close && text[i] == '!' && i + 1 < close) i++;
        int nameStart = i;
        while (i < close && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
        if (i == nameStart && i < close && text[i] is '@' or '*' or '#' or '?' or '-' or '$' or '!') i++;
        string name = text[nameStart..i];
        if (length && name.Length == 0) { name = "#"; length = false; }
        return new WordPart(WordPartKind.Parameter, start, end, inDouble, name, length, IsBraced: true, HasOperator: i < close);
    }

    private static int SkipBackticks(string text, int open)
    {
        for (int i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '`') return i + 1;
        }
        return text.Length;
    }

    private static int SkipAnsiC(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '\'') return i + 1;
        }
        return text.Length;
    }

    /// <summary>From an opening <c>(</c>, the offset just past its matching <c>)</c> (quotes, escapes and backticks respected).</summary>
    private static int SkipParens(string text, int open) => SkipBracketed(text, open, '(', ')', backticks: true);

    /// <summary>From an opening <c>{</c>, the offset just past its matching <c>}</c>.</summary>
    private static int SkipBraces(string text, int open) => SkipBracketed(text, open, '{', '}', backticks: false);

    private static int SkipBracketed(string text, int open, char opening, char closing, bool backticks)
    {
        int depth = 0;
        for (int i = open; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\') { i++; continue; }
            if (c == '\'') { int q = text.IndexOf('\'', i + 1); if (q < 0) return text.Length; i = q; continue; }
            if (c == '"') { i = SkipDoubleQuoted(text, i); continue; }
            if (backticks && c == '`') { i = SkipBackticks(text, i) - 1; continue; }
            if (c == opening) depth++;
            else if (c == closing && --depth == 0) return i + 1;
        }
        return text.Length;
    }

    /// <summary>From an opening <c>"</c>, the offset of the closing one (or the last character).</summary>
    private static int SkipDoubleQuoted(string text, int open)
    {
        for (int i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '"') return i;
        }
        return text.Length - 1;
    }
}
