using Dockerfile.Linter.Parsing.Grammar;

namespace Dockerfile.Linter.Parsing;

/// <summary>A flag word found by <see cref="FlagExtractor"/>: its processed text and its raw range in the line.</summary>
internal readonly record struct RawFlag(string Text, int Start, int End);

/// <summary>
/// BuildKit's <c>extractBuilderFlags</c> on top of <see cref="FlagGrammar"/>: a bare <c>--</c> ends the flags and is
/// dropped; an empty word (a lone trailing escape) is dropped unless it held quotes.
/// </summary>
internal static class FlagExtractor
{
    /// <summary>
    /// Extracts the flags (none: an empty list) from [start, end) of <paramref name="line"/>; returns where the
    /// remaining text starts (end when none).
    /// </summary>
    public static int Extract(string line, int start, int end, char escape, out IReadOnlyList<RawFlag> flags)
    {
        flags = [];
        int first = start;
        while (first < end && GoText.IsByteSpace(line[first])) first++;
        if (first + 1 >= end || line[first] != '-' || line[first + 1] != '-') return first;
        var words = new List<FlagWord>();
        int after = FlagGrammar.Parse(line, start, end, escape, words);
        var found = new List<RawFlag>(words.Count);
        flags = found;
        foreach (var word in words)
        {
            if (word.Text == "--") return word.End;
            if (word.Quoted || word.Text.Length > 0) found.Add(new RawFlag(word.Text, word.Start, word.End));
        }
        return after;
    }
}
