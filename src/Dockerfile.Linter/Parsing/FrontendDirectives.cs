using System.Text.Json;

namespace Dockerfile.Linter.Parsing;

/// <summary>A directive found by <see cref="FrontendDirectives"/>.</summary>
/// <param name="Value">The value cut at its first space (what BuildKit uses).</param>
/// <param name="FullValue">The whole trimmed value.</param>
/// <param name="Line">1-based line of the directive (0 for the JSON form).</param>
internal sealed record FrontendDirective(string Value, string FullValue, int Line);

/// <summary>
/// BuildKit's second directive scanner (<c>DetectSyntax</c> / <c>ParseDirective</c>), used by the frontend to find
/// <c>syntax</c> and <c>check</c>. Unlike the main parser it needs <c>#</c> in column 1 and skips a first-line shebang;
/// for <c>syntax</c> it also accepts <c>//syntax=</c> lines and a whole-file JSON object.
/// </summary>
internal static class FrontendDirectives
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "syntax", "escape", "check" };

    /// <summary>Finds the <c>syntax</c> directive the way BuildKit's <c>DetectSyntax</c> does.</summary>
    public static FrontendDirective? DetectSyntax(string text) => Find(text, "syntax");

    /// <summary>Finds directive <paramref name="key"/> (lower-case) the way BuildKit's frontend does; null when absent.</summary>
    public static FrontendDirective? Find(string text, string key)
    {
        ArgumentNullException.ThrowIfNull(text);
        key = key.ToLowerInvariant();
        // Offsets rather than substrings: only the leading lines are read, and the text is not copied.
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int line = 0;
        if (text.AsSpan(start).StartsWith("#!", StringComparison.Ordinal))
        {
            int nl = text.IndexOf('\n', start);
            start = nl < 0 ? text.Length : nl + 1;
            line = 1;
        }
        if (Scan(text, start, key, "#", line) is { } hash) return hash;
        if (key != "syntax") return null;
        if (Scan(text, start, key, "//", line) is { } slashes) return slashes;
        return FromJson(text[start..], key, line);
    }

    private static FrontendDirective? Scan(string text, int start, string key, string prefix, int line)
    {
        HashSet<string>? seen = null;
        // The lines of text[start..] as Split('\n') gives them (a last, possibly empty, line after the final '\n').
        for (int from = start; from <= text.Length;)
        {
            if (!text.AsSpan(from).StartsWith(prefix, StringComparison.Ordinal)) return null;   // TryMatch's first test
            int nl = text.IndexOf('\n', from);
            string raw = nl < 0 ? text[from..] : text[from..nl];
            from = nl < 0 ? text.Length + 1 : nl + 1;
            line++;
            if (!TryMatch(raw, prefix, out string name, out string value)) return null;
            if (!Known.Contains(name) || !(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(name)) return null;
            if (name != key) continue;
            int space = value.IndexOf(' ');
            return new FrontendDirective(space < 0 ? value : value[..space], value, line);
        }
        return null;
    }

    // ^<prefix>\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$
    private static bool TryMatch(string line, string prefix, out string name, out string value)
    {
        name = value = "";
        if (!line.StartsWith(prefix, StringComparison.Ordinal)) return false;
        int p = prefix.Length, end = line.Length;
        while (p < end && IsRegexSpace(line[p])) p++;
        int ns = p;
        if (p >= end || !char.IsAsciiLetter(line[p])) return false;
        while (p < end && char.IsAsciiLetterOrDigit(line[p])) p++;
        name = line[ns..p].ToLowerInvariant();
        while (p < end && IsRegexSpace(line[p])) p++;
        if (p >= end || line[p] != '=') return false;
        p++;
        int afterEquals = p;
        while (p < end && IsRegexSpace(line[p])) p++;
        int ve = end;
        while (ve > p && IsRegexSpace(line[ve - 1])) ve--;
        if (ve == p)
        {
            if (end == afterEquals) return false;
            value = line[(end - 1)..end];
            return true;
        }
        value = line[p..ve];
        return true;
    }

    private static FrontendDirective? FromJson(string text, string key, int line)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return null;
            if (!doc.RootElement.TryGetProperty(key, out var v) || v.ValueKind != JsonValueKind.String) return null;
            string value = v.GetString()!;
            return new FrontendDirective(value, value, line);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsRegexSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
