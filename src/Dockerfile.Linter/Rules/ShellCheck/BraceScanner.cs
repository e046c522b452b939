using System.Collections.Immutable;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Finds the unquoted braces of a word, as bash reads them: pairs holding a top-level <c>,</c> or <c>..</c> are brace
/// expansions (<c>{a,b}</c>, <c>{1..5}</c>); <c>{}</c> is the literal that <c>find -exec</c> and <c>xargs -I</c> use;
/// every other unquoted <c>{</c> or <c>}</c> is a literal character. Quoted text, escaped braces and expansions
/// (<c>${x}</c>, <c>$(…)</c>) are skipped. One pass over the word.
/// </summary>
internal static class BraceScanner
{
    /// <summary>The braces of one word: the outermost brace expansions and the literal braces, as file spans.</summary>
    internal readonly record struct Result(List<(TextSpan Span, string Text)> Expansions, List<(TextSpan Span, char Brace)> LiteralBraces);

    // What a word without braces (nearly every word) gives; shared, so callers only read the lists.
    private static readonly Result None = new([], []);

    /// <summary>Scans <paramref name="word"/>.</summary>
    public static Result Scan(ShellCheckScript script, ShellWord word)
    {
        if (word.Text.AsSpan().IndexOfAny('{', '}') < 0) return None;
        // Most words that get here hold braces only in ${…}: the lists are made at the first unquoted brace.
        string text = word.Text;
        List<(int At, bool Separated)>? open = null;
        List<int>? literalAt = null;
        List<(int Start, int End)>? expansionAt = null;
        foreach (var part in script.PartsOf(word))
        {
            if (part.Kind != WordPartKind.Literal || part.InDoubleQuotes) continue;
            for (int i = part.Start; i < part.End; i++)
            {
                char c = text[i];
                if (c == '\\')
                {
                    i++;
                    continue;
                }
                if (c == '{') (open ??= []).Add((i, false));
                else if (c == '}')
                {
                    if (open is not { Count: > 0 })
                    {
                        (literalAt ??= []).Add(i);
                        continue;
                    }
                    var (at, separated) = open[^1];
                    open.RemoveAt(open.Count - 1);
                    if (separated) (expansionAt ??= []).Add((at, i + 1));
                    else if (i > at + 1)
                    {
                        (literalAt ??= []).Add(at);
                        literalAt.Add(i);
                    }
                }
                else if (open is { Count: > 0 } && (c == ',' || (c == '.' && i + 1 < part.End && text[i + 1] == '.')))
                    open[^1] = (open[^1].At, true);
            }
        }
        if (open is { Count: > 0 })
            foreach (var (at, _) in open) (literalAt ??= []).Add(at);
        if (literalAt is null && expansionAt is null) return None;

        var expansions = None.Expansions;
        if (expansionAt is not null)
        {
            expansions = [];
            foreach (var (start, end) in expansionAt)
                if (!IsInside(expansionAt, start, end))
                    expansions.Add((word.GetSpanOfText(start, end - start), text[start..end]));
        }
        var literals = None.LiteralBraces;
        if (literalAt is not null)
        {
            literalAt.Sort();
            literals = new List<(TextSpan, char)>(literalAt.Count);
            foreach (int at in literalAt) literals.Add((word.GetSpanOfText(at, 1), text[at]));
        }
        return new Result(expansions, literals);
    }

    /// <summary>True when an expansion of <paramref name="expansions"/> encloses the one from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static bool IsInside(List<(int Start, int End)> expansions, int start, int end)
    {
        foreach (var (otherStart, otherEnd) in expansions)
            if (otherStart < start && otherEnd >= end) return true;
        return false;
    }

    /// <summary>The words of <paramref name="command"/> the shell brace-expands: its name and arguments (not assignments, not <c>[[ … ]]</c>).</summary>
    public static ImmutableArray<ShellWord> ExpandedWords(ShellCommand command) =>
        command.Name == "[[" ? ImmutableArray<ShellWord>.Empty : command.Words;
}
