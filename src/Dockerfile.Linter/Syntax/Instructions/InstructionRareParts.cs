using System.Collections.Immutable;

namespace Dockerfile.Linter.Syntax;

/// <summary>
/// The parts of an instruction that most instructions do not have: flags, preceding comments, heredocs, refusals, a
/// source map of several segments, a keyword that does not sit as written at the instruction's start. An instruction
/// holds one of these only when it has one of them, so a file of millions of tiny instructions holds none.
/// </summary>
internal sealed class InstructionRareParts
{
    public ImmutableArray<Flag> Flags = [];

    public ImmutableArray<string> PrecedingComments = [];

    public ImmutableArray<Heredoc> Heredocs = [];

    public ImmutableArray<ParseDiagnostic> Refusals = [];

    /// <summary>The map when it has several segments, else null (the instruction keeps the start offset).</summary>
    public SourceMap? Map;

    /// <summary>The keyword word when its span is not its text's length from the instruction's start, else null.</summary>
    public Word? Keyword;
}
