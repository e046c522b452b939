using Dockerfile.Linter.Matching;

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
    /// An automaton matching exactly what <paramref name="segmentPattern"/> matches with <c>filepath.Match</c> against a
    /// single path element (linear, and cheap to build for every COPY source); null when the pattern is malformed.
    /// </summary>
    public static GlobAutomaton? ToSegmentMatcher(string segmentPattern)
    {
        if (Validate(segmentPattern) is not null) return null;
        var steps = new List<GlobStep>(segmentPattern.Length);
        var i = 0;
        while (i < segmentPattern.Length)
        {
            var ch = segmentPattern[i];
            switch (ch)
            {
                case '*': steps.Add(GlobStep.AnyBut('/', repeat: true)); i++; break;
                case '?': steps.Add(GlobStep.AnyBut('/')); i++; break;
                case '\\': steps.Add(GlobStep.Literal(segmentPattern[i + 1])); i += 2; break;
                case '[': steps.Add(GlobStep.InClass(ReadClass(segmentPattern, ref i))); break;
                default: steps.Add(GlobStep.Literal(ch)); i++; break;
            }
        }
        return new GlobAutomaton(steps);
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

    // A class Validate accepted. filepath.Match accepts a reversed range, which matches nothing.
    private static CharClass ReadClass(string p, ref int i)
    {
        i++;
        var negated = false;
        if (p[i] == '^')
        {
            negated = true;
            i++;
        }
        var ranges = new List<(char Low, char High)>();
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
            if (lo <= hi) ranges.Add((lo, hi));
            items++;
        }
        i++;
        return new CharClass(ranges, negated);
    }
}
