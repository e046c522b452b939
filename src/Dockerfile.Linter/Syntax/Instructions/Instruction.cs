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

    /// <summary>Span, keyword, flags, logical line, heredocs and preceding comments (shared by every instruction).</summary>
    public required InstructionHeader Header { get; init; }

    /// <summary>The keyword exactly as written (<c>FROM</c>, <c>from</c>, <c>From</c>).</summary>
    public Word Keyword => Header.Keyword;

    /// <summary>The leading <c>--name[=value]</c> flags, in order.</summary>
    public ImmutableArray<Flag> Flags => Header.Flags;

    /// <summary>Heredocs attached to this instruction, in order of their markers.</summary>
    public ImmutableArray<Heredoc> Heredocs => Header.Heredocs;

    /// <summary>The logical line: physical lines joined by removing continuations (BuildKit's <c>Original</c>).</summary>
    public string LogicalText => Header.LogicalText;

    /// <summary>Maps offsets in <see cref="LogicalText"/> to the original text.</summary>
    public SourceMap Map => Header.Map;

    /// <summary>
    /// The full range: leading indentation, every physical line (comment and blank lines inside continuations
    /// included), heredoc bodies, and the final line terminator.
    /// </summary>
    public TextSpan FullSpan => Header.FullSpan;

    /// <summary>The range after the keyword and flags up to the end of the logical line (may be empty).</summary>
    public TextSpan ArgumentsSpan => Header.ArgumentsSpan;

    /// <summary>1-based first line.</summary>
    public int StartLine => Header.StartLine;

    /// <summary>1-based last line (heredoc bodies included).</summary>
    public int EndLine => Header.EndLine;

    /// <summary>Comment lines collected since the previous instruction (BuildKit's <c>PrevComment</c>), text after <c>#</c>, trimmed.</summary>
    public ImmutableArray<string> PrecedingComments => Header.PrecedingComments;

    /// <summary>
    /// What BuildKit's instruction layer (<c>instructions.Parse</c>) or its dispatch refuses in this instruction
    /// although its parser accepts it (<c>FROM</c> without an image, <c>COPY onlyone</c>, <c>EXPOSE abc</c> …):
    /// <c>docker build</c> stops on each. Messages start with BuildKit's own error text. Empty for a valid instruction.
    /// </summary>
    public ImmutableArray<ParseDiagnostic> Refusals { get; init; } = [];

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
