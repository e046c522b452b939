using System.Text;

namespace Dockerfile.Linter.Context;

/// <summary>
/// Rewrites the small RE2 subset produced from .dockerignore patterns into the .NET dialect where the two differ
/// inside character classes: a literal '[' in a class must be escaped (.NET reads <c>-[</c> as class subtraction),
/// a leading ']' is literal in RE2, and RE2's POSIX classes (<c>[:alpha:]</c>) are spelled out as ranges.
/// </summary>
internal static class Re2ToDotNet
{
    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = "0-9A-Za-z", ["alpha"] = "A-Za-z", ["ascii"] = "\\x00-\\x7F", ["blank"] = "\\t ",
        ["cntrl"] = "\\x00-\\x1F\\x7F", ["digit"] = "0-9", ["graph"] = "!-~", ["lower"] = "a-z",
        ["print"] = " -~", ["punct"] = "!-/:-@\\[-`{-~", ["space"] = "\\t\\n\\v\\f\\r ", ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_", ["xdigit"] = "0-9A-Fa-f",
    };

    public static string Convert(string re2)
    {
        var output = new StringBuilder(re2.Length + 8);
        var inClass = false;
        for (var i = 0; i < re2.Length; i++)
        {
            var ch = re2[i];
            if (ch == '\\' && i + 2 < re2.Length && re2[i + 1] is 'p' or 'P' && char.IsAsciiLetterUpper(re2[i + 2]))
            {
                // RE2's one-letter category \pL is \p{L} in .NET.
                output.Append('\\').Append(re2[i + 1]).Append('{').Append(re2[i + 2]).Append('}');
                i += 2;
                continue;
            }
            if (ch == '\\' && i + 1 < re2.Length)
            {
                output.Append(ch).Append(re2[++i]);
                continue;
            }
            if (!inClass)
            {
                output.Append(ch);
                if (ch != '[') continue;
                inClass = true;
                if (i + 1 < re2.Length && re2[i + 1] == '^') output.Append(re2[++i]);
                if (i + 1 < re2.Length && re2[i + 1] == ']')
                {
                    output.Append("\\]");
                    i++;
                }
                continue;
            }
            if (ch == ']')
            {
                output.Append(ch);
                inClass = false;
            }
            else if (ch == '[' && TryPosixClass(re2, i, out var name, out var length))
            {
                output.Append(PosixClasses[name]);
                i += length - 1;
            }
            else if (ch == '[' && i + 2 < re2.Length && re2[i + 1] == ':' && re2[i + 2] == '^'
                     && re2.IndexOf(":]", i + 3, StringComparison.Ordinal) is var close and > 0
                     && CompiledIgnorePattern.PosixRanges(re2[(i + 3)..close]) is { } positive)
            {
                // A negated POSIX class ([:^digit:]) as the ranges of every other character.
                foreach (var (low, high) in CompiledIgnorePattern.Complement(positive))
                    output.Append($"\\u{(int)low:X4}-\\u{(int)high:X4}");
                i = close + 1;
            }
            else if (ch == '[') output.Append("\\[");
            else output.Append(ch);
        }
        return output.ToString();
    }

    private static bool TryPosixClass(string re2, int start, out string name, out int length)
    {
        name = "";
        length = 0;
        if (start + 1 >= re2.Length || re2[start + 1] != ':') return false;
        var end = re2.IndexOf(":]", start + 2, StringComparison.Ordinal);
        if (end < 0) return false;
        name = re2[(start + 2)..end];
        length = end + 2 - start;
        return PosixClasses.ContainsKey(name);
    }
}
