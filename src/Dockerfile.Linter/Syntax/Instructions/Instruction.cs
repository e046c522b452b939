using System.Collections.Immutable;

namespace Dockerfile.Linter.Syntax;

/// <summary>
/// Base of every instruction. <see cref="SyntaxNode.Span"/> runs from the keyword to the last significant character
/// of the instruction (heredoc bodies and their terminators included).
/// </summary>
/// <remarks>
/// The instruction keeps its header's facts in its own fields rather than as an <see cref="InstructionHeader"/> and a
/// keyword <see cref="Word"/>: those are made when asked for (each call gives a new object, equal in content). What
/// nearly every instruction shares is kept as bits: a keyword written as its upper- or lower-case name at
/// <see cref="SyntaxNode.Span"/>'s start, a source map that is one run from that start, a last line not far after the
/// first; the full and argument spans are kept as short distances from the span's ends. What most instructions lack (flags, comments, heredocs, refusals, another keyword spelling, a map of several
/// segments) sits in one object made only when present: a file of millions of tiny instructions would otherwise hold
/// three or four objects per instruction.
/// </remarks>
public abstract class Instruction : SyntaxNode
{
    // _packed: bits 0-23 EndLine - StartLine, then the flags below
    private const int LineDeltaMask = (1 << 24) - 1;
    private const int JsonFormBit = 1 << 24;
    private const int UpperKeywordBit = 1 << 25;
    private const int LowerKeywordBit = 1 << 26;
    private const int MapAtSpanBit = 1 << 27;
    private const int KindBitsShift = 28;   // bits 28-30 belong to the instruction kind (KindBits)

    private readonly string _logicalText = "";
    private InstructionRareParts? _rare;
    private readonly int _startLine;
    private int _packed;
    // the full span and the arguments' span as distances from the span's ends (two 16-bit halves each), unless the
    // rare parts hold them
    private readonly int _fullSpanMargins;
    private readonly int _argumentsSpanMargins;

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
            int start = value.Span.Start;
            _logicalText = value.LogicalText;
            var span = value.Span;
            if (Margins(value.FullSpan.Start, span.Start, span.End, value.FullSpan.End) is { } full) _fullSpanMargins = full;
            else Far().FullSpan = value.FullSpan;
            if (Margins(span.Start, value.ArgumentsSpan.Start, value.ArgumentsSpan.End, span.End) is { } arguments) _argumentsSpanMargins = arguments;
            else Far().ArgumentsSpan = value.ArgumentsSpan;
            _startLine = value.StartLine;
            int lineDelta = value.EndLine - value.StartLine;
            if ((uint)lineDelta <= LineDeltaMask) _packed |= lineDelta;
            else Far().EndLine = value.EndLine;
            if (map.ContiguousStart == start) _packed |= MapAtSpanBit;
            else Rare().Map = map;
            _packed |= KeywordBit(keyword, start);
            if ((_packed & (UpperKeywordBit | LowerKeywordBit)) == 0) Rare().Keyword = keyword;
            if (!value.Flags.IsDefaultOrEmpty) Rare().Flags = value.Flags;
            if (!value.PrecedingComments.IsDefaultOrEmpty) Rare().PrecedingComments = value.PrecedingComments;
            if (!value.Heredocs.IsDefaultOrEmpty) Rare().Heredocs = value.Heredocs;
        }
    }

    // outer start to inner start and inner end to outer end as two 16-bit halves, or null when one does not fit
    private static int? Margins(int outerStart, int innerStart, int innerEnd, int outerEnd)
    {
        int before = innerStart - outerStart, after = outerEnd - innerEnd;
        return before is >= 0 and <= ushort.MaxValue && after is >= 0 and <= ushort.MaxValue ? before | (after << 16) : null;
    }

    // which of the kind's two usual spellings the keyword is, when it sits as written at the instruction's start
    private int KeywordBit(Word keyword, int start)
    {
        if (keyword.Span != new TextSpan(start, keyword.Text.Length)) return 0;
        var (upper, lower) = InstructionKeywords.Spellings(Kind);
        if (keyword.Text == upper) return UpperKeywordBit;
        if (keyword.Text == lower) return LowerKeywordBit;
        return 0;
    }

    /// <summary>Three bits a kind of instruction may keep its own facts in (an object field would take eight bytes).</summary>
    private protected int KindBits
    {
        get => (_packed >> KindBitsShift) & 7;
        init => _packed = (_packed & ~(7 << KindBitsShift)) | ((value & 7) << KindBitsShift);
    }

    private InstructionRareParts Rare() => _rare ?? (_rare = new InstructionRareParts());

    private InstructionRareParts.FarFacts Far() => Rare().Far ??= new InstructionRareParts.FarFacts();

    /// <summary>The keyword exactly as written (<c>FROM</c>, <c>from</c>, <c>From</c>).</summary>
    public Word Keyword => _rare?.Keyword ?? new Word { Text = KeywordText, Span = new TextSpan(Span.Start, KeywordText.Length) };

    /// <summary>The keyword's text as written, without making a <see cref="Word"/>.</summary>
    internal string KeywordText
    {
        get
        {
            if (_rare?.Keyword is { } keyword) return keyword.Text;
            var (upper, lower) = InstructionKeywords.Spellings(Kind);
            return (_packed & UpperKeywordBit) != 0 ? upper! : lower!;
        }
    }

    /// <summary>The leading <c>--name[=value]</c> flags, in order.</summary>
    public ImmutableArray<Flag> Flags => _rare?.Flags ?? [];

    /// <summary>Heredocs attached to this instruction, in order of their markers.</summary>
    public ImmutableArray<Heredoc> Heredocs => _rare?.Heredocs ?? [];

    /// <summary>The logical line: physical lines joined by removing continuations (BuildKit's <c>Original</c>).</summary>
    public string LogicalText => _logicalText;

    /// <summary>Maps offsets in <see cref="LogicalText"/> to the original text.</summary>
    public SourceMap Map => (_packed & MapAtSpanBit) != 0 ? SourceMap.Contiguous(Span.Start) : _rare!.Map!;

    /// <summary>
    /// The full range: leading indentation, every physical line (comment and blank lines inside continuations
    /// included), heredoc bodies, and the final line terminator.
    /// </summary>
    public TextSpan FullSpan => _rare?.Far?.FullSpan ?? TextSpan.FromBounds(
        Span.Start - (_fullSpanMargins & 0xFFFF), Span.End + (int)((uint)_fullSpanMargins >> 16));

    /// <summary>The range after the keyword and flags up to the end of the logical line (may be empty).</summary>
    public TextSpan ArgumentsSpan => _rare?.Far?.ArgumentsSpan ?? TextSpan.FromBounds(
        Span.Start + (_argumentsSpanMargins & 0xFFFF), Span.End - (int)((uint)_argumentsSpanMargins >> 16));

    /// <summary>1-based first line.</summary>
    public int StartLine => _startLine;

    /// <summary>1-based last line (heredoc bodies included).</summary>
    public int EndLine => _rare?.Far?.EndLine ?? _startLine + (_packed & LineDeltaMask);

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
    public bool IsJsonForm
    {
        get => (_packed & JsonFormBit) != 0;
        init => _packed = value ? _packed | JsonFormBit : _packed & ~JsonFormBit;
    }

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
