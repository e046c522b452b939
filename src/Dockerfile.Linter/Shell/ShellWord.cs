using System.Collections.Immutable;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>
/// One shell word (command name, argument, assignment value, redirection target) with its place in the file.
/// </summary>
public sealed class ShellWord
{
    // The file offset of each character of UnquotedText; null when they are contiguous from Span.Start +
    // _firstDelta (a word without escapes or line continuations: _firstDelta is 1 for "a b"), which spares an array
    // per word. A byte rather than an int keeps the object 8 bytes smaller.
    private readonly int[]? _unquotedOffsets;
    private readonly byte _firstDelta;

    private readonly ShellTextMap? _textToFile;
    private readonly int _textStart;

    internal ShellWord(string text, string unquotedText, ReadOnlySpan<int> unquotedOffsets, TextSpan span, bool isQuoted,
        bool hasExpansion, ImmutableArray<string> variables, ShellTextMap? textToFile = null, int textStart = 0)
        : this(text, unquotedText, span, isQuoted, hasExpansion, variables, textToFile, textStart)
    {
        System.Diagnostics.Debug.Assert(unquotedOffsets.Length == unquotedText.Length);
        if (unquotedOffsets.Length == 0) return;
        if (IsContiguous(unquotedOffsets) && TryDelta(unquotedOffsets[0], span, out _firstDelta)) return;
        _unquotedOffsets = unquotedOffsets.ToArray();
    }

    /// <summary>A word whose unquoted characters lie one after another in the file from <paramref name="firstOffset"/>.</summary>
    internal ShellWord(string text, string unquotedText, int firstOffset, TextSpan span, bool isQuoted,
        bool hasExpansion, ImmutableArray<string> variables, ShellTextMap? textToFile, int textStart)
        : this(text, unquotedText, span, isQuoted, hasExpansion, variables, textToFile, textStart)
    {
        if (unquotedText.Length == 0 || TryDelta(firstOffset, span, out _firstDelta)) return;
        var offsets = new int[unquotedText.Length];
        for (int i = 0; i < offsets.Length; i++) offsets[i] = firstOffset + i;
        _unquotedOffsets = offsets;
    }

    private static bool TryDelta(int firstOffset, TextSpan span, out byte delta)
    {
        int difference = firstOffset - span.Start;
        delta = (byte)difference;
        return difference is >= 0 and <= byte.MaxValue;
    }

    private ShellWord(string text, string unquotedText, TextSpan span, bool isQuoted, bool hasExpansion,
        ImmutableArray<string> variables, ShellTextMap? textToFile, int textStart)
    {
        _textToFile = textToFile;
        _textStart = textStart;
        Text = text;
        UnquotedText = unquotedText;
        Span = span;
        IsQuoted = isQuoted;
        HasExpansion = hasExpansion;
        ReferencedVariables = variables;
    }

    /// <summary>The word exactly as written in the shell text (quotes, escapes and <c>$…</c> kept).</summary>
    public string Text { get; }

    /// <summary>
    /// The literal value the shell would pass (quotes and escapes removed) when the word is static;
    /// null when it contains an expansion (<c>$X</c>, <c>${X}</c>, <c>$(…)</c>, backticks, <c>$((…))</c>).
    /// Glob characters (<c>*</c>, <c>?</c>) and <c>~</c> are kept as written and do not make a word non-static.
    /// </summary>
    public string? Value => HasExpansion ? null : UnquotedText;

    /// <summary>True when <see cref="Value"/> is known (no expansion in the word).</summary>
    public bool IsStatic => !HasExpansion;

    /// <summary>
    /// The word with quoting removed but expansions kept as written: <c>"$HOME"/x</c> gives <c>$HOME/x</c>.
    /// Equals <see cref="Value"/> for static words. Handy for prefix/suffix checks on partly dynamic words.
    /// </summary>
    public string UnquotedText { get; }

    /// <summary>The word's range in the original Dockerfile.</summary>
    public TextSpan Span { get; }

    /// <summary>True when any part of the word was quoted or escaped.</summary>
    public bool IsQuoted { get; }

    /// <summary>True when the word contains a parameter, command or arithmetic expansion.</summary>
    public bool HasExpansion { get; }

    /// <summary>Names of variables referenced directly by the word (<c>$X</c>, <c>${X:-d}</c>), in order.</summary>
    public ImmutableArray<string> ReferencedVariables { get; }

    /// <summary>
    /// The file range of the characters <c>[start, start+length)</c> of <see cref="UnquotedText"/>
    /// (for example the version part of <c>curl=7.1</c>).
    /// </summary>
    public TextSpan GetSpanOfUnquoted(int start, int length)
    {
        int count = OffsetCount;
        if (count == 0) return new TextSpan(Span.Start, 0);
        start = Math.Clamp(start, 0, count);
        length = Math.Clamp(length, 0, count - start);
        if (start == count) return new TextSpan(OffsetAt(count - 1) + 1, 0);
        if (length == 0) return new TextSpan(OffsetAt(start), 0);
        int s = OffsetAt(start);
        int e = OffsetAt(start + length - 1) + 1;
        return e >= s ? TextSpan.FromBounds(s, e) : new TextSpan(s, 0);
    }

    /// <summary>
    /// The file range of the characters <c>[start, start+length)</c> of <see cref="Text"/> (the word as written), exact
    /// across line continuations and inside <c>sh -c '…'</c> scripts. Words made from exec-form elements map through
    /// their value.
    /// </summary>
    internal TextSpan GetSpanOfText(int start, int length)
    {
        if (_textToFile is null) return GetSpanOfUnquoted(start, length);
        start = Math.Clamp(start, 0, Text.Length);
        length = Math.Clamp(length, 0, Text.Length - start);
        if (length == 0)
            return new TextSpan(start < Text.Length ? _textToFile.ToFile(_textStart + start) : _textToFile.ToFile(_textStart + Text.Length - 1) + 1, 0);
        int s = _textToFile.ToFile(_textStart + start);
        int e = _textToFile.ToFile(_textStart + start + length - 1) + 1;
        return e >= s ? TextSpan.FromBounds(s, e) : new TextSpan(s, 0);
    }

    private List<WordPart>? _parts;

    /// <summary>The pieces of <see cref="Text"/> (<see cref="WordParts.Split"/>), split on first use and kept; callers must not change the list.</summary>
    internal List<WordPart> Parts => _parts ??= WordParts.Split(Text);

    /// <summary>The number of characters of <see cref="UnquotedText"/> with a file offset (all of them).</summary>
    internal int OffsetCount => UnquotedText.Length;

    /// <summary>The file offset of character <paramref name="index"/> of <see cref="UnquotedText"/> (0 ≤ index &lt; <see cref="OffsetCount"/>).</summary>
    internal int OffsetAt(int index) => _unquotedOffsets is { } offsets ? offsets[index] : Span.Start + _firstDelta + index;

    private static bool IsContiguous(ReadOnlySpan<int> offsets)
    {
        for (int i = 1; i < offsets.Length; i++)
            if (offsets[i] != offsets[0] + i) return false;
        return true;
    }

    /// <summary>Creates a static word (exec-form element or synthetic word).</summary>
    internal static ShellWord Literal(string text, string value, int[] offsets, TextSpan span) =>
        new(text, value, offsets, span, isQuoted: false, hasExpansion: false, []);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
