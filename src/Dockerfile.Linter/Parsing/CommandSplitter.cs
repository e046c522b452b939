using Dockerfile.Linter.Parsing.Grammar;

namespace Dockerfile.Linter.Parsing;

/// <summary>The keyword / flags / arguments split of one instruction line (BuildKit's <c>splitCommand</c>).</summary>
internal readonly record struct CommandHead(
    string Keyword, int Start, int End, int KeywordEnd, List<RawFlag> Flags, int ArgsStart, int ArgsEnd);

/// <summary>Splits an instruction line into keyword, flags and trimmed arguments, keeping offsets.</summary>
internal static class CommandSplitter
{
    /// <summary>Splits [start, end) of <paramref name="line"/>.</summary>
    public static CommandHead Split(string line, int start, int end, char escape)
    {
        var (ts, te) = GoText.TrimSpace(line, start, end);
        var (ke, rs) = InstructionHeadGrammar.Split(line, ts, te);
        var flags = new List<RawFlag>();
        int argsStart = te, argsEnd = te;
        if (ke < te)
        {
            int rem = FlagExtractor.Extract(line, rs, te, escape, flags);
            (argsStart, argsEnd) = GoText.TrimSpace(line, rem, te);
        }
        return new CommandHead(line[ts..ke], ts, te, ke, flags, argsStart, argsEnd);
    }
}
