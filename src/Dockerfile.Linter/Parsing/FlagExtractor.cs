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
    /// <summary>Extracts flags from [start, end) of <paramref name="line"/>; returns where the remaining text starts (end when none).</summary>
    public static int Extract(string line, int start, int end, char escape, List<RawFlag> flags)
    {
        int first = start;
        while (first < end && GoText.IsByteSpace(line[first])) first++;
        if (first + 1 >= end || line[first] != '-' || line[first + 1] != '-') return first;
        var words = new List<FlagWord>();
        int after = FlagGrammar.Parse(line, start, end, escape, words);
        foreach (var word in words)
        {
            if (word.Text == "--") return word.End;
            if (word.Quoted || word.Text.Length > 0) flags.Add(new RawFlag(word.Text, word.Start, word.End));
        }
        return after;
    }
}
