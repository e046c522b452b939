using System.Text;

namespace Dockerfile.Linter.Parsing;

/// <summary>A flag word found by <see cref="FlagExtractor"/>: its processed text and its raw range in the line.</summary>
internal readonly record struct RawFlag(string Text, int Start, int End);

/// <summary>
/// BuildKit's <c>extractBuilderFlags</c>: leading words starting with <c>--</c> are flags; quotes are removed inside
/// them and the escape character takes the next character literally; a bare <c>--</c> ends the flags.
/// </summary>
internal static class FlagExtractor
{
    /// <summary>Extracts flags from [start, end) of <paramref name="line"/>; returns where the remaining text starts (end when none).</summary>
    public static int Extract(string line, int start, int end, char escape, List<RawFlag> flags)
    {
        var word = new StringBuilder();
        int pos = start;
        while (true)
        {
            while (pos < end && GoText.IsSpace(line[pos])) pos++;
            if (pos >= end) return end;
            if (line[pos] != '-' || pos + 1 >= end || line[pos + 1] != '-') return pos;

            int wordStart = pos;
            bool blankOK = false;
            char quote = '\0';
            bool inQuote = false;
            word.Clear();
            while (pos < end)
            {
                char ch = line[pos];
                if (!inQuote)
                {
                    if (GoText.IsSpace(ch)) break;
                    if (ch is '\'' or '"')
                    {
                        quote = ch;
                        blankOK = true;
                        inQuote = true;
                        pos++;
                        continue;
                    }
                    if (ch == escape)
                    {
                        if (pos + 1 == end) { pos++; continue; }
                        pos++;
                        ch = line[pos];
                    }
                    word.Append(ch);
                    pos++;
                    continue;
                }
                if (ch == quote)
                {
                    inQuote = false;
                    pos++;
                    continue;
                }
                if (ch == escape)
                {
                    if (pos + 1 == end) { inQuote = false; pos++; continue; }
                    pos++;
                    ch = line[pos];
                }
                word.Append(ch);
                pos++;
            }
            bool atEnd = pos >= end;
            if (word.Length == 2 && word[0] == '-' && word[1] == '-')
                return atEnd ? end : pos;
            if (blankOK || word.Length > 0) flags.Add(new RawFlag(word.ToString(), wordStart, pos));
            if (atEnd) return end;
        }
    }
}
