using System.Text;
using System.Text.RegularExpressions;

namespace Dockerfile.Linter.Context;

/// <summary>
/// Go's <c>filepath.Match</c> pattern syntax (Unix flavour): <c>*</c>, <c>?</c>, <c>[...]</c> classes with <c>^</c>
/// negation and ranges, and <c>\</c> escapes. Used to validate .dockerignore patterns (BuildKit rejects what
/// <c>filepath.Match</c> rejects) and to match single path segments of COPY/ADD source globs.
/// </summary>
internal static class GoGlob
{
    /// <summary>True when the text has an unescaped <c>*</c>, <c>?</c> or <c>[</c> (BuildKit's <c>containsWildcards</c>).</summary>
    public static bool ContainsWildcards(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\\') i++;
            else if (ch is '*' or '?' or '[') return true;
        }
        return false;
    }

    /// <summary>Null when <paramref name="pattern"/> is well-formed, otherwise why it is not.</summary>
    public static string? Validate(string pattern)
    {
        var i = 0;
        while (i < pattern.Length)
        {
            var ch = pattern[i];
            if (ch == '\\')
            {
                if (i + 1 >= pattern.Length) return "trailing backslash escapes nothing";
                i += 2;
            }
            else if (ch == '[')
            {
                var error = SkipClass(pattern, ref i);
                if (error is not null) return error;
            }
            else i++;
        }
        return null;
    }

    /// <summary>
    /// A regex matching exactly what <paramref name="segmentPattern"/> matches with <c>filepath.Match</c> against a
    /// single path element; null when the pattern is malformed.
    /// </summary>
    public static Regex? ToSegmentRegex(string segmentPattern)
    {
        if (Validate(segmentPattern) is not null) return null;
        var re = new StringBuilder("^");
        var i = 0;
        while (i < segmentPattern.Length)
        {
            var ch = segmentPattern[i];
            switch (ch)
            {
                case '*': re.Append("[^/]*"); i++; break;
                case '?': re.Append("[^/]"); i++; break;
                case '\\': re.Append(Regex.Escape(segmentPattern[i + 1].ToString())); i += 2; break;
                case '[': AppendClass(segmentPattern, ref i, re); break;
                default: re.Append(Regex.Escape(ch.ToString())); i++; break;
            }
        }
        re.Append("\\z");
        return new Regex(re.ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    // Mirrors filepath.Match's class parsing: optional '^', then one or more items (char or lo-hi, each possibly
    // '\'-escaped; a bare '-' or ']' cannot start an item), closed by ']'.
    private static string? SkipClass(string p, ref int i)
    {
        i++;
        if (i < p.Length && p[i] == '^') i++;
        var items = 0;
        while (true)
        {
            if (i < p.Length && p[i] == ']' && items > 0)
            {
                i++;
                return null;
            }
            if (ReadClassChar(p, ref i, out _) is { } loError) return loError;
            if (p[i] == '-')
            {
                i++;
                if (ReadClassChar(p, ref i, out _) is { } hiError) return hiError;
            }
            items++;
        }
    }

    private static string? ReadClassChar(string p, ref int i, out char value)
    {
        value = '\0';
        if (i >= p.Length) return "unclosed character class '['";
        if (p[i] is '-' or ']') return $"unexpected '{p[i]}' in character class";
        if (p[i] == '\\')
        {
            i++;
            if (i >= p.Length) return "unclosed character class '['";
        }
        value = p[i];
        i++;
        if (i >= p.Length) return "unclosed character class '['";
        return null;
    }

    private static void AppendClass(string p, ref int i, StringBuilder re)
    {
        i++;
        var negated = false;
        if (p[i] == '^')
        {
            negated = true;
            i++;
        }
        var body = new StringBuilder();
        var items = 0;
        while (!(p[i] == ']' && items > 0))
        {
            ReadClassChar(p, ref i, out var lo);
            var hi = lo;
            if (p[i] == '-')
            {
                i++;
                ReadClassChar(p, ref i, out hi);
            }
            // filepath.Match accepts a reversed range and it matches nothing; a .NET class would throw.
            if (lo <= hi) body.Append(EscapeInClass(lo)).Append('-').Append(EscapeInClass(hi));
            items++;
        }
        i++;
        if (body.Length == 0) re.Append(negated ? "[\\s\\S]" : "[^\\s\\S]");
        else re.Append(negated ? "[^" : "[").Append(body).Append(']');
    }

    private static string EscapeInClass(char c) => c is '\\' or ']' or '[' or '^' or '-' ? "\\" + c : c.ToString();
}
