using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Expansion;

/// <summary>Finds where a variable is referenced (<c>$NAME</c> or <c>${NAME…}</c>) inside a word, for precise spans.</summary>
internal static class VariableReferences
{
    /// <summary>
    /// The span of the first reference to <paramref name="name"/> in <paramref name="text"/>, a word written at
    /// <paramref name="span"/>; the whole <paramref name="span"/> when the reference cannot be placed exactly (the word
    /// crosses a line continuation, or the name is not found literally).
    /// </summary>
    public static TextSpan Locate(string text, TextSpan span, string name, char escape, bool quotesAreLiteral = false)
    {
        if (span.Length != text.Length) return span;
        int offset = Find(text, name, escape, quotesAreLiteral);
        if (offset < 0) return span;
        int end = offset + 1;
        if (end < text.Length && text[end] == '{')
        {
            int close = text.IndexOf('}', end);
            end = close < 0 ? text.Length : close + 1;
        }
        else end += name.Length;
        return TextSpan.FromBounds(span.Start + offset, span.Start + end);
    }

    /// <summary>The offset of the <c>$</c> of the first reference to <paramref name="name"/>, or -1.</summary>
    public static int Find(string text, string name, char escape, bool quotesAreLiteral = false)
    {
        bool inSingle = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inSingle)
            {
                if (c == '\'') inSingle = false;
                continue;
            }
            if (c == '\'' && !quotesAreLiteral) { inSingle = true; continue; }
            if (c == escape) { i++; continue; }
            if (c != '$') continue;
            int start = i + 1;
            if (start < text.Length && text[start] == '{') start++;
            if (string.CompareOrdinal(text, start, name, 0, name.Length) != 0) continue;
            int after = start + name.Length;
            if (after < text.Length && (char.IsLetterOrDigit(text[after]) || text[after] == '_')) continue;
            return i;
        }
        return -1;
    }
}
