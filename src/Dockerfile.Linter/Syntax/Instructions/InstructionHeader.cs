using System.Collections.Immutable;

namespace Dockerfile.Linter.Syntax;

/// <summary>
/// What every instruction has, whatever its keyword: where it is, its keyword and flags as written, the logical line
/// it came from, its heredocs and the comments before it.
/// </summary>
public sealed class InstructionHeader
{
    /// <summary>From the keyword to the last significant character (heredoc bodies and terminators included).</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The keyword exactly as written (<c>FROM</c>, <c>from</c>, <c>From</c>).</summary>
    public required Word Keyword { get; init; }

    /// <summary>The leading <c>--name[=value]</c> flags, in order.</summary>
    public required ImmutableArray<Flag> Flags { get; init; }

    /// <summary>Comment lines collected since the previous instruction (BuildKit's <c>PrevComment</c>), text after <c>#</c>, trimmed.</summary>
    public required ImmutableArray<string> PrecedingComments { get; init; }

    /// <summary>Heredocs attached to the instruction, in order of their markers.</summary>
    public required ImmutableArray<Heredoc> Heredocs { get; init; }

    /// <summary>The logical line: physical lines joined by removing continuations (BuildKit's <c>Original</c>).</summary>
    public required string LogicalText { get; init; }

    private readonly CompactSourceMap _map;

    /// <summary>Maps offsets in <see cref="LogicalText"/> to the original text.</summary>
    public required SourceMap Map
    {
        get => _map.Value;
        init => _map = new CompactSourceMap(value);
    }

    /// <summary>Leading indentation, every physical line, heredoc bodies and the final line terminator.</summary>
    public required TextSpan FullSpan { get; init; }

    /// <summary>The range after the keyword and flags up to the end of the logical line (may be empty).</summary>
    public required TextSpan ArgumentsSpan { get; init; }

    /// <summary>1-based first line.</summary>
    public required int StartLine { get; init; }

    /// <summary>1-based last line (heredoc bodies included).</summary>
    public required int EndLine { get; init; }
}
