using System.Collections.Immutable;

namespace Dockerfile.Linter.Syntax;

/// <summary>
/// Base of every instruction. <see cref="SyntaxNode.Span"/> runs from the keyword to the last significant character
/// of the instruction (heredoc bodies and their terminators included).
/// </summary>
public abstract class Instruction : SyntaxNode
{
    /// <summary>Which instruction this is.</summary>
    public abstract InstructionKind Kind { get; }

    /// <summary>The keyword exactly as written (<c>FROM</c>, <c>from</c>, <c>From</c>).</summary>
    public required Word Keyword { get; init; }

    /// <summary>The leading <c>--name[=value]</c> flags, in order.</summary>
    public required ImmutableArray<Flag> Flags { get; init; }

    /// <summary>Heredocs attached to this instruction, in order of their markers.</summary>
    public required ImmutableArray<Heredoc> Heredocs { get; init; }

    /// <summary>The logical line: physical lines joined by removing continuations (BuildKit's <c>Original</c>).</summary>
    public required string LogicalText { get; init; }

    /// <summary>Maps offsets in <see cref="LogicalText"/> to the original text.</summary>
    public required SourceMap Map { get; init; }

    /// <summary>
    /// The full range: leading indentation, every physical line (comment and blank lines inside continuations
    /// included), heredoc bodies, and the final line terminator.
    /// </summary>
    public required TextSpan FullSpan { get; init; }

    /// <summary>The range after the keyword and flags up to the end of the logical line (may be empty).</summary>
    public required TextSpan ArgumentsSpan { get; init; }

    /// <summary>1-based first line.</summary>
    public required int StartLine { get; init; }

    /// <summary>1-based last line (heredoc bodies included).</summary>
    public required int EndLine { get; init; }

    /// <summary>Comment lines collected since the previous instruction (BuildKit's <c>PrevComment</c>), text after <c>#</c>, trimmed.</summary>
    public required ImmutableArray<string> PrecedingComments { get; init; }

    /// <summary>True when the arguments are in JSON (exec) form.</summary>
    public bool IsJsonForm { get; init; }

    /// <summary>The first flag with the given name (without dashes, case-sensitive), or null.</summary>
    public Flag? GetFlag(string name)
    {
        foreach (var f in Flags)
            if (f.Name == name) return f;
        return null;
    }

    /// <summary>True when a flag with the given name is present.</summary>
    public bool HasFlag(string name) => GetFlag(name) is not null;
}
