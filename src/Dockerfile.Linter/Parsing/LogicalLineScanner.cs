using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Parsing;

/// <summary>What a top-level physical line that is not part of an instruction is.</summary>
internal enum TriviaKind
{
    /// <summary>Only whitespace.</summary>
    Blank,
    /// <summary>A comment.</summary>
    Comment,
    /// <summary>A recognised parser directive.</summary>
    Directive,
}

/// <summary>A directive found in the directive phase (values are trimmed; offsets are absolute).</summary>
internal readonly record struct DirectiveMatch(string Name, string Value, int NameStart, int NameEnd, int ValueStart, int ValueEnd);

/// <summary>A line outside any instruction.</summary>
internal readonly record struct TriviaLine(TriviaKind Kind, int LineIndex, DirectiveMatch? Directive);

/// <summary>An instruction's logical line: its physical lines joined as BuildKit joins them.</summary>
internal readonly record struct LogicalLine(
    string Text,
    SourceMap Map,
    int FirstLineIndex,
    int LastLineIndex,
    bool HasEmptyContinuation,
    ImmutableArray<string> PrecedingComments);

/// <summary>What <see cref="LogicalLineScanner.Next"/> read.</summary>
internal enum ScannedKind
{
    /// <summary>Nothing: every line has been consumed.</summary>
    End,
    /// <summary>A trivia line.</summary>
    Trivia,
    /// <summary>An instruction's logical line.</summary>
    Instruction,
}

/// <summary>The body of one heredoc as read by <see cref="LogicalLineScanner.ReadHeredoc"/>.</summary>
internal readonly record struct HeredocBody(int ContentStart, int ContentEnd, int TerminatorStart, int TerminatorEnd, bool Terminated);

/// <summary>
/// Turns physical lines into trivia lines and logical instruction lines, following BuildKit's <c>Parse</c> loop:
/// BOM, directive phase, comments, continuation regex, comment/blank lines inside continuations, heredoc bodies.
/// </summary>
internal sealed class LogicalLineScanner
{
    /// <summary>BuildKit's scanner limit: a physical line of this many bytes or more fails.</summary>
    public const int MaxLineBytes = 65536;

    private readonly string _text;
    // shared with the source text's index, which also counts an empty line after a final newline: _lineCount leaves it out
    private readonly int[] _lineStarts;
    private readonly int _lineCount;
    private readonly List<string> _comments = [];
    private readonly List<int> _logicalStarts = [];
    private readonly List<int> _sourceStarts = [];
    // made on the first directive: most files have none
    private HashSet<string>? _seenDirectives;
    private bool _directivesDone;
    private int _next;

    /// <summary>Creates a scanner over <paramref name="text"/>.</summary>
    public LogicalLineScanner(string text)
        : this(new SourceText(text))
    {
    }

    /// <summary>Creates a scanner over the text of <paramref name="source"/>, using its line index.</summary>
    public LogicalLineScanner(SourceText source)
    {
        _text = source.Text;
        Pool = new StringPool(_text.Length);
        _lineStarts = source.LineStarts;
        _lineCount = _text.Length == 0 ? 0 : _text[^1] == '\n' ? _lineStarts.Length - 1 : _lineStarts.Length;
    }

    /// <summary>Shares short strings (logical lines, words) across the whole parse.</summary>
    public StringPool Pool { get; }

    /// <summary>The escape character currently in effect.</summary>
    public char Escape { get; private set; } = '\\';

    /// <summary>Number of physical lines.</summary>
    public int LineCount => _lineCount;

    /// <summary>Problems found while scanning (directive errors, too-long lines).</summary>
    public List<ParseDiagnostic> Diagnostics { get; } = [];

    /// <summary>True when every line has been consumed.</summary>
    public bool AtEnd => _next >= _lineCount;

    /// <summary>Offset of the first character of a physical line.</summary>
    public int LineStart(int index) => _lineStarts[index];

    /// <summary>Offset just past the line, terminator included.</summary>
    public int LineEnd(int index) => index + 1 < _lineCount ? _lineStarts[index + 1] : _text.Length;

    /// <summary>Offset where the line's content ends (its trailing run of CR/LF removed).</summary>
    public int ContentEnd(int index)
    {
        int start = LineStart(index), end = LineEnd(index);
        while (end > start && _text[end - 1] is '\r' or '\n') end--;
        return end;
    }

    // Content start of a line: past the BOM on the first line.
    private int ContentStart(int index) =>
        index == 0 && _text.Length > 0 && _text[0] == '\uFEFF' ? 1 : LineStart(index);

    /// <summary>
    /// Reads the next top-level item: a trivia line (into <paramref name="trivia"/>) or an instruction's logical line
    /// (into <paramref name="line"/>); says which, or <see cref="ScannedKind.End"/> when every line has been read.
    /// </summary>
    public ScannedKind Next(out TriviaLine trivia, out LogicalLine line)
    {
        trivia = default;
        line = default;
        if (AtEnd) return ScannedKind.End;
        int index = _next++;
        int start = ContentStart(index), end = ContentEnd(index);
        CheckLength(index);
        int first = GoText.SkipSpace(_text, start, end);
        bool isComment = first < end && _text[first] == '#';
        DirectiveMatch? directive = null;
        if (!_directivesDone) directive = PossibleDirective(index, first, end);
        if (isComment)
        {
            if (directive is null)
            {
                // BuildKit drops the raw line's first character, so an indented comment keeps its '#'.
                var (cs, ce) = GoText.TrimSpace(_text, Math.Min(start + 1, end), end);
                if (cs == ce) _comments.Clear();
                else _comments.Add(Pool.Get(_text, cs, ce));
            }
            trivia = new TriviaLine(directive is null ? TriviaKind.Comment : TriviaKind.Directive, index, directive);
            return ScannedKind.Trivia;
        }

        var (pieceEnd, continues) = TrimContinuation(first, end);
        if (!continues && pieceEnd == first)
        {
            trivia = new TriviaLine(TriviaKind.Blank, index, null);
            return ScannedKind.Trivia;
        }

        var logicalStarts = _logicalStarts;
        var sourceStarts = _sourceStarts;
        logicalStarts.Clear();
        sourceStarts.Clear();
        logicalStarts.Add(0);
        sourceStarts.Add(first);
        int logicalLength = pieceEnd - first;
        bool hasEmpty = false;
        int last = index;
        while (continues && !AtEnd)
        {
            int li = _next++;
            last = li;
            CheckLength(li);
            int ls = LineStart(li), le = ContentEnd(li);
            int lf = GoText.SkipSpace(_text, ls, le);
            if (lf < le && _text[lf] == '#') continue;
            if (lf == le) { hasEmpty = true; continue; }
            int pe;
            (pe, continues) = TrimContinuation(ls, le);
            if (pe == ls) continue;
            if (logicalStarts[^1] == logicalLength) sourceStarts[^1] = ls;
            else
            {
                logicalStarts.Add(logicalLength);
                sourceStarts.Add(ls);
            }
            logicalLength += pe - ls;
        }
        string text = logicalStarts.Count == 1
            ? Pool.Get(_text, sourceStarts[0], sourceStarts[0] + logicalLength)
            : Pool.Get(JoinPieces(logicalLength));
        var comments = _comments.Count == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(_comments.ToArray());
        _comments.Clear();
        var map = logicalStarts.Count == 1 ? SourceMap.Contiguous(sourceStarts[0]) : new SourceMap([.. logicalStarts], [.. sourceStarts]);
        line = new LogicalLine(text, map, index, last, hasEmpty, comments);
        return ScannedKind.Instruction;
    }

    // The logical line of the pieces recorded for the source map (piece i starts at logical offset _logicalStarts[i]
    // and source offset _sourceStarts[i]), copied once into a string of its exact length.
    private string JoinPieces(int length) => string.Create(length, this, static (span, scanner) =>
    {
        var logicalStarts = scanner._logicalStarts;
        var sourceStarts = scanner._sourceStarts;
        for (int i = 0; i < logicalStarts.Count; i++)
        {
            int end = i + 1 < logicalStarts.Count ? logicalStarts[i + 1] : span.Length;
            scanner._text.AsSpan(sourceStarts[i], end - logicalStarts[i]).CopyTo(span[logicalStarts[i]..]);
        }
    });

    /// <summary>Reads the body of a heredoc from the lines after the current position.</summary>
    public HeredocBody ReadHeredoc(string name, bool chomp)
    {
        int contentStart = AtEnd ? _text.Length : LineStart(_next);
        while (!AtEnd)
        {
            int li = _next++;
            int ls = LineStart(li), le = ContentEnd(li);
            int cs = ls;
            if (chomp) while (cs < le && _text[cs] == '\t') cs++;
            if (le - cs == name.Length && string.CompareOrdinal(_text, cs, name, 0, name.Length) == 0)
                return new HeredocBody(contentStart, ls, ls, le, true);
        }
        return new HeredocBody(contentStart, _text.Length, _text.Length, _text.Length, false);
    }

    /// <summary>Index of the last consumed line.</summary>
    public int LastConsumedLine => _next - 1;

    // The continuation regex ([^E])E[ \t]*$|^E[ \t]*$ on [start, end): returns the kept end and whether it continues.
    private (int End, bool Continues) TrimContinuation(int start, int end)
    {
        int e = end;
        while (e > start && _text[e - 1] is ' ' or '\t') e--;
        if (e == start || _text[e - 1] != Escape) return (end, false);
        int escapeAt = e - 1;
        if (escapeAt == start) return (start, true);
        if (_text[escapeAt - 1] == Escape) return (end, false);
        return (escapeAt, true);
    }

    private void CheckLength(int index)
    {
        int start = LineStart(index), end = LineEnd(index);
        if (end > start && _text[end - 1] == '\n') end--;
        int length = end - start;
        if (length < MaxLineBytes / 3) return;
        if (length < MaxLineBytes && Encoding.UTF8.GetByteCount(_text.AsSpan(start, length)) < MaxLineBytes) return;
        Diagnostics.Add(new ParseDiagnostic
        {
            Id = ParseDiagnosticIds.LineTooLong,
            Severity = Dockerfile.Linter.Severity.Error,
            Message = $"dockerfile line greater than max allowed size of {MaxLineBytes - 1}",
            Span = TextSpan.FromBounds(start, end),
        });
    }

    // BuildKit's reDirectives: ^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$ on the line without leading whitespace.
    private DirectiveMatch? PossibleDirective(int index, int start, int end)
    {
        int p = start;
        if (p >= end || _text[p] != '#') { _directivesDone = true; return null; }
        p++;
        while (p < end && IsRegexSpace(_text[p])) p++;
        int nameStart = p;
        if (p >= end || !char.IsAsciiLetter(_text[p])) { _directivesDone = true; return null; }
        while (p < end && char.IsAsciiLetterOrDigit(_text[p])) p++;
        int nameEnd = p;
        while (p < end && IsRegexSpace(_text[p])) p++;
        if (p >= end || _text[p] != '=') { _directivesDone = true; return null; }
        p++;
        int afterEquals = p;
        while (p < end && IsRegexSpace(_text[p])) p++;
        int valueStart = p, valueEnd = end;
        while (valueEnd > valueStart && IsRegexSpace(_text[valueEnd - 1])) valueEnd--;
        if (valueEnd == valueStart)
        {
            // (.+?) needs one character: the regex then takes the last blank as the value.
            if (end == afterEquals) { _directivesDone = true; return null; }
            valueStart = end - 1;
            valueEnd = end;
        }
        string name = _text[nameStart..nameEnd].ToLowerInvariant();
        if (name is not ("syntax" or "escape" or "check")) { _directivesDone = true; return null; }
        string value = _text[valueStart..valueEnd];
        var span = TextSpan.FromBounds(LineStart(index), end);
        if (!(_seenDirectives ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
        {
            Error(ParseDiagnosticIds.DuplicateDirective, $"only one {name} parser directive can be used", span);
        }
        else if (name == "escape")
        {
            if (value is "`" or "\\") Escape = value[0];
            else Error(ParseDiagnosticIds.InvalidEscape, $"invalid escape token '{value}' does not match ` or \\", span);
        }
        return new DirectiveMatch(name, value, nameStart, nameEnd, valueStart, valueEnd);
    }

    private void Error(string id, string message, TextSpan span) => Diagnostics.Add(new ParseDiagnostic
    {
        Id = id, Severity = Dockerfile.Linter.Severity.Error, Message = message, Span = span,
    });

    // Go's regexp \s: [\t\n\f\r ].
    private static bool IsRegexSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
