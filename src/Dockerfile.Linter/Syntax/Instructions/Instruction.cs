using System.Collections.Immutable;

namespace Dockerfile.Linter.Syntax;

/// <summary>
/// Base of every instruction. <see cref="SyntaxNode.Span"/> runs from the keyword to the last significant character
/// of the instruction (heredoc bodies and their terminators included).
/// </summary>
/// <remarks>
/// The instruction keeps its header's facts in its own fields rather than as an <see cref="InstructionHeader"/> and a
/// keyword <see cref="Word"/>: those are made when asked for (each call gives a new object, equal in content). The
/// keyword is kept as its text (it starts at <see cref="SyntaxNode.Span"/>'s start), and what most instructions lack
/// (flags, comments, heredocs, refusals, a map of several segments) sits in one object made only when present: a
/// file of millions of tiny instructions would otherwise hold three or four objects per instruction.
/// </remarks>
public abstract class Instruction : SyntaxNode
{
    private readonly string _keywordText = "";
    private readonly string _logicalText = "";
    private InstructionRareParts? _rare;
    private readonly TextSpan _fullSpan;
    private readonly TextSpan _argumentsSpan;
    private readonly int _mapStart;
    private readonly int _startLine;
    private readonly int _endLine;

    /// <summary>Which instruction this is.</summary>
    public abstract InstructionKind Kind { get; }

    /// <summary>
    /// Span, keyword, flags, logical line, heredocs and preceding comments (shared by every instruction). Made when
    /// asked for from the instruction's own facts (its <see cref="InstructionHeader.Span"/> is the instruction's).
    /// </summary>
    public required InstructionHeader Header
    {
        get => new()
        {
            Span = Span, Keyword = Keyword, Flags = Flags, PrecedingComments = PrecedingComments, Heredocs = Heredocs,
            LogicalText = LogicalText, Map = Map, FullSpan = FullSpan, ArgumentsSpan = ArgumentsSpan,
            StartLine = StartLine, EndLine = EndLine,
        };
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            var keyword = value.Keyword;
            var map = value.Map;
            _keywordText = keyword.Text;
            _logicalText = value.LogicalText;
            _fullSpan = value.FullSpan;
            _argumentsSpan = value.ArgumentsSpan;
            _startLine = value.StartLine;
            _endLine = value.EndLine;
            if (map.ContiguousStart is { } start) _mapStart = start;
            else Rare().Map = map;
            if (keyword.Span != new TextSpan(value.Span.Start, keyword.Text.Length)) Rare().Keyword = keyword;
            if (!value.Flags.IsDefaultOrEmpty) Rare().Flags = value.Flags;
            if (!value.PrecedingComments.IsDefaultOrEmpty) Rare().PrecedingComments = value.PrecedingComments;
            if (!value.Heredocs.IsDefaultOrEmpty) Rare().Heredocs = value.Heredocs;
        }
    }

    private InstructionRareParts Rare() => _rare ?? (_rare = new InstructionRareParts());

    /// <summary>The keyword exactly as written (<c>FROM</c>, <c>from</c>, <c>From</c>).</summary>
    public Word Keyword => _rare?.Keyword ?? new Word { Text = _keywordText, Span = new TextSpan(Span.Start, _keywordText.Length) };

    /// <summary>The keyword's text as written, without making a <see cref="Word"/>.</summary>
    internal string KeywordText => _keywordText;

    /// <summary>The leading <c>--name[=value]</c> flags, in order.</summary>
    public ImmutableArray<Flag> Flags => _rare?.Flags ?? [];

    /// <summary>Heredocs attached to this instruction, in order of their markers.</summary>
    public ImmutableArray<Heredoc> Heredocs => _rare?.Heredocs ?? [];

    /// <summary>The logical line: physical lines joined by removing continuations (BuildKit's <c>Original</c>).</summary>
    public string LogicalText => _logicalText;

    /// <summary>Maps offsets in <see cref="LogicalText"/> to the original text.</summary>
    public SourceMap Map => _rare?.Map ?? SourceMap.Contiguous(_mapStart);

    /// <summary>
    /// The full range: leading indentation, every physical line (comment and blank lines inside continuations
    /// included), heredoc bodies, and the final line terminator.
    /// </summary>
    public TextSpan FullSpan => _fullSpan;

    /// <summary>The range after the keyword and flags up to the end of the logical line (may be empty).</summary>
    public TextSpan ArgumentsSpan => _argumentsSpan;

    /// <summary>1-based first line.</summary>
    public int StartLine => _startLine;

    /// <summary>1-based last line (heredoc bodies included).</summary>
    public int EndLine => _endLine;

    /// <summary>Comment lines collected since the previous instruction (BuildKit's <c>PrevComment</c>), text after <c>#</c>, trimmed.</summary>
    public ImmutableArray<string> PrecedingComments => _rare?.PrecedingComments ?? [];

    /// <summary>
    /// What BuildKit's instruction layer (<c>instructions.Parse</c>) or its dispatch refuses in this instruction
    /// although its parser accepts it (<c>FROM</c> without an image, <c>COPY onlyone</c>, <c>EXPOSE abc</c> …):
    /// <c>docker build</c> stops on each. Messages start with BuildKit's own error text. Empty for a valid instruction.
    /// </summary>
    public ImmutableArray<ParseDiagnostic> Refusals
    {
        get => _rare?.Refusals ?? [];
        init
        {
            if (!value.IsDefaultOrEmpty) Rare().Refusals = value;
            else if (_rare is not null) _rare.Refusals = [];
        }
    }

    /// <summary>True when the arguments are in JSON (exec) form.</summary>
    public bool IsJsonForm { get; init; }

    /// <summary>The first flag with the given name (without dashes, case-sensitive), or null.</summary>
    public Flag? GetFlag(string name)
    {
        if (_rare is null) return null;
        foreach (var f in _rare.Flags)
            if (f.Name == name) return f;
        return null;
    }

    /// <summary>True when a flag with the given name is present.</summary>
    public bool HasFlag(string name) => GetFlag(name) is not null;
}
