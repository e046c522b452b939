using System.Text;
using System.Text.RegularExpressions;

namespace Dockerfile.Linter.Expansion;

/// <summary>The glob patterns of <c>${v#p}</c>, <c>${v%p}</c> and <c>${v/p/r}</c>, matched as BuildKit does (via a regex).</summary>
internal static class ShellPattern
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    internal static Regex ToRegex(string pattern, bool greedy, bool anchored)
    {
        var output = new StringBuilder(pattern.Length + 4);
        if (anchored) output.Append('^');
        string star = greedy ? ".*" : ".*?";

        for (int i = 0; i < pattern.Length; i++)
        {
            char tok = pattern[i];
            switch (tok)
            {
                case '*':
                    output.Append(star);
                    continue;
                case '?':
                    output.Append('.');
                    continue;
                case '\\':
                {
                    char? next = i + 1 < pattern.Length ? pattern[i + 1] : null;
                    // "\}" and "\/" escape the ${} syntax, not the pattern: the backslash is dropped.
                    if (next is '}' or '/') continue;
                    output.Append('\\');
                    i++;
                    if (next is not ('*' or '?' or '\\'))
                        throw new LexFailure(ExpansionErrorKind.InvalidPattern,
                            $"invalid pattern ({pattern}) in substitution: invalid escape '\\{next ?? '\uFFFD'}'");
                    output.Append(next.Value);
                    continue;
                }
                case '[' or ']' or '{' or '}' or '.' or '+' or '(' or ')' or '|' or '^' or '$':
                    output.Append('\\');
                    break;
                case '#' or ' ' or '\t' or '\n' or '\r' or '\f' or '\v':
                    // literal in Go's syntax; escaped so .NET never treats them specially
                    output.Append('\\');
                    break;
            }
            output.Append(tok);
        }
        return new Regex(output.ToString(), RegexOptions.CultureInvariant, MatchTimeout);
    }

    internal static string TrimPrefix(string pattern, string value, bool greedy)
    {
        var match = ToRegex(pattern, greedy, anchored: true).Match(value);
        return match.Success ? value[(match.Index + match.Length)..] : value;
    }

    internal static string TrimSuffix(string pattern, string value, bool greedy)
    {
        // Shortest rightmost matches are found by reversing both the pattern and the text.
        string trimmed = TrimPrefix(ReversePattern(pattern), Reverse(value), greedy);
        return Reverse(trimmed);
    }

    internal static string Replace(string pattern, string value, string replacement, bool all)
    {
        var regex = ToRegex(pattern, greedy: true, anchored: false);
        if (all) return regex.Replace(value, m => ExpandGoTemplate(replacement, m));
        var match = regex.Match(value);
        return match.Success ? value[..match.Index] + replacement + value[(match.Index + match.Length)..] : value;
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
    private static string ExpandGoTemplate(string template, Match match)
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
            if (int.TryParse(name, out int group) && group == 0) sb.Append(match.Value);
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
