using System.Collections.Frozen;
using System.Globalization;
using Dockerfile.Linter.Parsing.Grammar;

namespace Dockerfile.Linter.Parsing;

/// <summary>A heredoc operator found on an instruction's logical line.</summary>
internal readonly record struct HeredocSpec(string Name, int FileDescriptor, bool Expand, bool Chomp, int MarkerStart, int MarkerEnd);

/// <summary>BuildKit's heredoc detection (<c>canContainHeredoc</c> + <c>heredocsFromLine</c>).</summary>
internal static class HeredocDetector
{
    private static readonly FrozenSet<string> HeredocKeywords =
        new[] { "run", "copy", "add" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds the heredocs of <paramref name="line"/> in order; empty when the instruction cannot have any.</summary>
    public static IReadOnlyList<HeredocSpec> Detect(string line, char escape)
    {
        if (!line.Contains("<<", StringComparison.Ordinal)) return [];
        var found = new List<HeredocSpec>();
        var head = CommandSplitter.Split(line, 0, line.Length, escape);
        if (head.Keyword.Equals("onbuild", StringComparison.OrdinalIgnoreCase) && head.ArgsStart < head.ArgsEnd)
            head = CommandSplitter.Split(line, head.ArgsStart, head.ArgsEnd, escape);
        if (!HeredocKeywords.Contains(head.Keyword)) return found;
        if (head.ArgsStart < head.ArgsEnd &&
            JsonArrayGrammar.Parse(line[head.ArgsStart..head.ArgsEnd], out _) != JsonArrayOutcome.NotJson)
            return found;

        var words = ShellWordLexer.Split(line, 0, line.Length, rawQuotes: true, rawEscapes: true);
        if (words is null) return found;
        foreach (var word in words)
        {
            if (HeredocMarkerGrammar.Match(word.Text) is not HeredocMarker marker || marker.Rest.Length == 0) continue;
            var plain = ShellWordLexer.Split(marker.Rest, 0, marker.Rest.Length, rawQuotes: false, rawEscapes: false);
            if (plain is null || plain.Count != 1) continue;
            var raw = ShellWordLexer.Split(marker.Rest, 0, marker.Rest.Length, rawQuotes: true, rawEscapes: false);
            if (raw is null || raw.Count != 1) continue;
            bool expand = QuoteCount(plain[0].Text) == QuoteCount(raw[0].Text);
            int fd = 0;
            if (marker.Digits.Length > 0 && ulong.TryParse(marker.Digits, NumberStyles.None, CultureInfo.InvariantCulture, out ulong v))
                fd = v > int.MaxValue ? 0 : (int)v;
            found.Add(new HeredocSpec(plain[0].Text, fd, expand, marker.Chomp, word.Start, word.End));
        }
        return found;
    }

    private static int QuoteCount(string s)
    {
        int n = 0;
        foreach (char c in s) if (c is '\'' or '"') n++;
        return n;
    }
}
