namespace Dockerfile.Linter.Rules;

/// <summary>
/// The suppression comments of a followed script: <c># hadolint ignore=CODE,…</c> and <c># dockerfile-lint ignore=…</c>
/// silence the next line that is not a comment; <c># shellcheck disable=CODE,…</c> does too, or the whole script when it
/// comes before the first command (as ShellCheck reads it). Codes are rule codes, names or aliases, matched without case.
/// </summary>
internal sealed class ScriptSuppressions
{
    public static readonly ScriptSuppressions None = new([], []);

    private readonly List<(string Code, int Start, int End)> _ranges;
    private readonly List<string> _wholeFile;

    private ScriptSuppressions(List<(string, int, int)> ranges, List<string> wholeFile)
    {
        _ranges = ranges;
        _wholeFile = wholeFile;
    }

    /// <summary>True when a comment of the script silences the rule at <paramref name="offset"/>.</summary>
    public bool Silences(RuleDescriptor rule, int offset)
    {
        foreach (var code in _wholeFile)
            if (Names(rule, code)) return true;
        foreach (var (code, start, end) in _ranges)
            if (offset >= start && offset < end && Names(rule, code)) return true;
        return false;
    }

    private static bool Names(RuleDescriptor rule, string code) =>
        code.Equals(rule.Code, StringComparison.OrdinalIgnoreCase) || code.Equals(rule.Name, StringComparison.OrdinalIgnoreCase)
        || code.Equals("all", StringComparison.OrdinalIgnoreCase)
        || rule.Aliases.Any(a => a.Equals(code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the comments of <paramref name="text"/> (one pass over its lines).</summary>
    public static ScriptSuppressions Read(string text)
    {
        if (text.IndexOf("hadolint", StringComparison.Ordinal) < 0 && text.IndexOf("shellcheck", StringComparison.Ordinal) < 0
            && text.IndexOf("dockerfile-lint", StringComparison.Ordinal) < 0)
            return None;
        var ranges = new List<(string, int, int)>();
        var wholeFile = new List<string>();
        var pending = new List<string>();
        bool seenCommand = false;
        int start = 0;
        while (start <= text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.StartsWith("#"))
            {
                var (codes, isShellCheck) = Codes(line[1..].Trim());
                if (isShellCheck && !seenCommand) wholeFile.AddRange(codes);
                else pending.AddRange(codes);
            }
            else if (!line.IsEmpty)
            {
                seenCommand = true;
                foreach (var code in pending) ranges.Add((code, start, end));
                pending.Clear();
            }
            if (newline < 0) break;
            start = newline + 1;
        }
        return ranges.Count == 0 && wholeFile.Count == 0 ? None : new ScriptSuppressions(ranges, wholeFile);
    }

    // "hadolint ignore=A,B", "dockerfile-lint ignore=A", "shellcheck disable=A,B" (other words of the comment are skipped).
    private static (List<string> Codes, bool IsShellCheck) Codes(ReadOnlySpan<char> body)
    {
        var codes = new List<string>();
        var words = body.ToString().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return (codes, false);
        string key = words[0] switch
        {
            "hadolint" or "dockerfile-lint" => "ignore=",
            "shellcheck" => "disable=",
            _ => "",
        };
        if (key.Length == 0) return (codes, false);
        foreach (var word in words.Skip(1))
        {
            if (word.StartsWith('#')) break;
            if (!word.StartsWith(key, StringComparison.Ordinal)) continue;
            codes.AddRange(word[key.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        return (codes, words[0] == "shellcheck");
    }
}
