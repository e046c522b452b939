using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Suppression;

/// <summary>Finds suppression comments in a parsed file and works out what each one covers.</summary>
internal static partial class PragmaParser
{
    [GeneratedRegex(@"^\s*(?<tool>hadolint|dockerfile-lint)\s+(?:(?<scope>global|stage)\s+)?ignore\s*=(?<list>[^#]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PragmaPattern();

    public static ImmutableArray<SuppressionPragma> FindAll(DockerfileSyntax syntax)
    {
        var result = ImmutableArray.CreateBuilder<SuppressionPragma>();
        int[]? lastInStage = null;
        foreach (var comment in syntax.Comments)
        {
            if (TryParse(syntax, comment, ref lastInStage) is { } pragma) result.Add(pragma);
        }
        return result.ToImmutable();
    }

    private static SuppressionPragma? TryParse(DockerfileSyntax syntax, Comment comment, ref int[]? lastInStage)
    {
        string text = syntax.Source.Text;
        int hash = text.IndexOf('#', comment.Span.Start, Math.Max(0, comment.Span.End - comment.Span.Start));
        if (hash < 0) return null;
        int bodyStart = hash + 1;
        int lineEnd = text.IndexOfAny(['\r', '\n'], bodyStart);
        if (lineEnd < 0) lineEnd = text.Length;
        var match = PragmaPattern().Match(text, bodyStart, lineEnd - bodyStart);
        if (!match.Success) return null;

        var scope = match.Groups["scope"].Success
            ? (match.Groups["scope"].Value.Equals("global", StringComparison.OrdinalIgnoreCase) ? SuppressionScope.Global : SuppressionScope.Stage)
            : SuppressionScope.NextInstruction;
        return new SuppressionPragma
        {
            Tool = match.Groups["tool"].Value,
            Scope = scope,
            Comment = comment,
            Entries = SplitEntries(text, match.Groups["list"]),
            Covers = ComputeCoverage(syntax, comment, scope, ref lastInStage),
        };
    }

    private static ImmutableArray<SuppressionEntry> SplitEntries(string text, Group list)
    {
        var entries = ImmutableArray.CreateBuilder<SuppressionEntry>();
        int start = list.Index, end = list.Index + list.Length;
        int tokenStart = start;
        for (int i = start; i <= end; i++)
        {
            if (i < end && text[i] != ',') continue;
            int s = tokenStart, e = i;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) entries.Add(new SuppressionEntry(text[s..e], TextSpan.FromBounds(s, e)));
            tokenStart = i + 1;
        }
        return entries.ToImmutable();
    }

    // A binary search for the next instruction and, for stage pragmas, an index of where each stage ends (built once):
    // a file of thousands of pragmas costs no scan of the instructions per pragma.
    private static TextSpan ComputeCoverage(DockerfileSyntax syntax, Comment comment, SuppressionScope scope, ref int[]? lastInStage)
    {
        if (scope == SuppressionScope.Global) return new TextSpan(0, syntax.Source.Length);
        var instructions = syntax.Instructions;
        int lo = 0, hi = instructions.Length;
        while (lo < hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (instructions[mid].Span.Start < comment.Span.End) lo = mid + 1;
            else hi = mid;
        }
        int next = lo;
        if (next == instructions.Length) return new TextSpan(comment.FullSpan.End, 0);
        var first = instructions[next];
        if (scope == SuppressionScope.NextInstruction) return first.FullSpan;

        if (lastInStage is null)
        {
            lastInStage = new int[instructions.Length];
            for (int i = instructions.Length - 1; i >= 0; i--)
                lastInStage[i] = i + 1 < instructions.Length && instructions[i + 1] is not FromInstruction ? lastInStage[i + 1] : i;
        }
        return TextSpan.FromBounds(first.FullSpan.Start, instructions[lastInStage[next]].FullSpan.End);
    }
}
