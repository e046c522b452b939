using System.Collections.Immutable;

namespace Dockerfile.Linter.Syntax;

/// <summary>
/// The parts of an instruction that most instructions do not have: flags, preceding comments, heredocs, refusals, a
/// source map of several segments, a keyword spelled otherwise or not at the instruction's start. An instruction
/// holds one of these only when it has one of them, so a file of millions of tiny instructions holds none.
/// </summary>
internal sealed class InstructionRareParts
{
    public ImmutableArray<Flag> Flags = [];

    public ImmutableArray<string> PrecedingComments = [];

    public ImmutableArray<Heredoc> Heredocs = [];

    public ImmutableArray<ParseDiagnostic> Refusals = [];

    /// <summary>The map unless it is one run from the instruction's start, else null.</summary>
    public SourceMap? Map;

    /// <summary>
    /// The keyword word unless it is the kind's upper- or lower-case name at the instruction's start, else null.
    /// </summary>
    public Word? Keyword;

    /// <summary>The facts too far from the span for the instruction's bits and margins (hardly ever any), else null.</summary>
    public FarFacts? Far;

    /// <summary>Each fact too far for the instruction's own fields, or null.</summary>
    internal sealed class FarFacts
    {
        /// <summary>The last line when it lies too far after the first, else null.</summary>
        public int? EndLine;

        /// <summary>The full span when its ends lie too far from the span's, else null.</summary>
        public TextSpan? FullSpan;

        /// <summary>The arguments' span when its ends lie too far inside the span, else null.</summary>
        public TextSpan? ArgumentsSpan;
    }
}
