using System.Collections.Frozen;
using Dockerfile.Linter.Parsing.Grammar;

namespace Dockerfile.Linter.Parsing;

/// <summary>The keyword / flags / arguments split of one instruction line (BuildKit's <c>splitCommand</c>).</summary>
internal readonly record struct CommandHead(
    string Keyword, int Start, int End, int KeywordEnd, IReadOnlyList<RawFlag> Flags, int ArgsStart, int ArgsEnd);

/// <summary>Splits an instruction line into keyword, flags and trimmed arguments, keeping offsets.</summary>
internal static class CommandSplitter
{
    // The keywords as they are usually written: each shares one string instead of one per instruction.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WrittenKeywords =
        new[]
        {
            "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER",
            "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
            "from", "run", "cmd", "label", "maintainer", "expose", "env", "add", "copy", "entrypoint", "volume", "user",
            "workdir", "arg", "onbuild", "stopsignal", "healthcheck", "shell",
        }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Splits [start, end) of <paramref name="line"/>.</summary>
    public static CommandHead Split(string line, int start, int end, char escape)
    {
        var (ts, te) = GoText.TrimSpace(line, start, end);
        var (ke, rs) = InstructionHeadGrammar.Split(line, ts, te);
        IReadOnlyList<RawFlag> flags = [];
        int argsStart = te, argsEnd = te;
        if (ke < te)
        {
            int rem = FlagExtractor.Extract(line, rs, te, escape, out flags);
            (argsStart, argsEnd) = GoText.TrimSpace(line, rem, te);
        }
        string keyword = WrittenKeywords.TryGetValue(line.AsSpan(ts, ke - ts), out var written) ? written : line[ts..ke];
        return new CommandHead(keyword, ts, te, ke, flags, argsStart, argsEnd);
    }
}
