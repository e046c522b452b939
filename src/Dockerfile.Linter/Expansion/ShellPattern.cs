using System.Text;
using Dockerfile.Linter.Matching;

namespace Dockerfile.Linter.Expansion;

/// <summary>
/// The glob patterns of <c>${v#p}</c>, <c>${v%p}</c> and <c>${v/p/r}</c>, matched as BuildKit does. BuildKit turns the
/// pattern into a Go regexp (<c>*</c> → <c>.*</c> or <c>.*?</c>, <c>?</c> → <c>.</c>, neither matching a newline); the same
/// language is run here by a <see cref="GlobAutomaton"/>, in O(value × pattern) time whatever the pattern. For these
/// patterns Go's leftmost-first choice is the shortest match with lazy stars and the longest with greedy ones.
/// </summary>
internal static class ShellPattern
{
    internal static GlobAutomaton Compile(string pattern)
    {
        var steps = new List<GlobStep>(pattern.Length);
        for (int i = 0; i < pattern.Length; i++)
        {
            char tok = pattern[i];
            switch (tok)
            {
                case '*':
                    // Consecutive stars match what one does.
                    if (steps.Count == 0 || !steps[^1].Repeat) steps.Add(GlobStep.AnyBut('\n', repeat: true));
                    continue;
                case '?':
                    steps.Add(GlobStep.AnyBut('\n'));
                    continue;
                case '\\':
                {
                    char? next = i + 1 < pattern.Length ? pattern[i + 1] : null;
                    // "\}" and "\/" escape the ${} syntax, not the pattern: the backslash is dropped.
                    if (next is '}' or '/') continue;
                    i++;
                    if (next is not ('*' or '?' or '\\'))
                        throw new LexFailure(ExpansionErrorKind.InvalidPattern,
                            $"invalid pattern ({pattern}) in substitution: invalid escape '\\{next ?? '\uFFFD'}'");
                    steps.Add(GlobStep.Literal(next.Value));
                    continue;
                }
                default:
                    steps.Add(GlobStep.Literal(tok));
                    continue;
            }
        }
        return new GlobAutomaton(steps);
    }

    internal static string TrimPrefix(string pattern, string value, bool greedy)
    {
        int end = Compile(pattern).MatchPrefix(value, longest: greedy);
        return end >= 0 ? value[end..] : value;
    }

    internal static string TrimSuffix(string pattern, string value, bool greedy)
    {
        // Shortest rightmost matches are found by reversing both the pattern and the text.
        string trimmed = TrimPrefix(ReversePattern(pattern), Reverse(value), greedy);
        return Reverse(trimmed);
    }

    internal static string Replace(string pattern, string value, string replacement, bool all)
    {
        var automaton = Compile(pattern);
        if (!all)
            return automaton.TryFind(value, 0, out int start, out int end)
                ? value[..start] + replacement + value[end..]
                : value;

        // Go's Regexp.ReplaceAllString: successive matches, always advancing by at least one character, and no
        // replacement for an empty match right after the previous match.
        var output = new StringBuilder(value.Length);
        int searchFrom = 0, lastMatchEnd = 0;
        while (searchFrom <= value.Length && automaton.TryFind(value, searchFrom, out int matchStart, out int matchEnd))
        {
            output.Append(value, lastMatchEnd, matchStart - lastMatchEnd);
            if (matchEnd > lastMatchEnd || matchStart == 0)
                output.Append(ExpandGoTemplate(replacement, value[matchStart..matchEnd]));
            lastMatchEnd = matchEnd;
            int width = searchFrom < value.Length && char.IsHighSurrogate(value[searchFrom])
                        && searchFrom + 1 < value.Length && char.IsLowSurrogate(value[searchFrom + 1]) ? 2 : 1;
            searchFrom = searchFrom + width > matchEnd ? searchFrom + width : matchEnd;
        }
        return output.Append(value, lastMatchEnd, value.Length - lastMatchEnd).ToString();
    }

    /// <summary>Reverses a pattern keeping each escape before the character it escapes.</summary>
    private static string ReversePattern(string pattern)
    {
        var output = new char[pattern.Length];
        int last = pattern.Length - 1;
        for (int i = 0; i <= last;)
        {
            int outIndex = last - i;
            if (pattern[i] == '\\' && i != last)
            {
                output[outIndex - 1] = '\\';
                output[outIndex] = pattern[i + 1];
                i += 2;
            }
            else
            {
                output[outIndex] = pattern[i];
                i++;
            }
        }
        return new string(output);
    }

    private static string Reverse(string s)
    {
        var chars = s.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    /// <summary>Go's <c>Regexp.Expand</c> template: <c>$$</c>, <c>$0</c>/<c>${0}</c> (the match), other names empty.</summary>
    private static string ExpandGoTemplate(string template, string match)
    {
        if (!template.Contains('$')) return template;
        var sb = new StringBuilder();
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if (c != '$' || i + 1 >= template.Length)
            {
                sb.Append(c);
                continue;
            }
            if (template[i + 1] == '$')
            {
                sb.Append('$');
                i++;
                continue;
            }

            string? name = null;
            int end = i + 1;
            if (template[i + 1] == '{')
            {
                int close = template.IndexOf('}', i + 2);
                if (close > i + 2 && IsGoName(template.AsSpan(i + 2, close - i - 2)))
                {
                    name = template.Substring(i + 2, close - i - 2);
                    end = close + 1;
                }
            }
            else
            {
                while (end < template.Length && (char.IsAsciiLetterOrDigit(template[end]) || template[end] == '_')) end++;
                if (end > i + 1) name = template[(i + 1)..end];
            }

            if (name is null)
            {
                sb.Append('$');
                continue;
            }
            if (int.TryParse(name, out int group) && group == 0) sb.Append(match);
            i = end - 1;
        }
        return sb.ToString();
    }

    private static bool IsGoName(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        return true;
    }
}
