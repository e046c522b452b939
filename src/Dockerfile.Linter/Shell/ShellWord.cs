using System.Collections.Immutable;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>
/// One shell word (command name, argument, assignment value, redirection target) with its place in the file.
/// </summary>
public sealed class ShellWord
{
    private readonly int[] _unquotedOffsets;
    private readonly Func<int, int>? _textToFile;
    private readonly int _textStart;

    internal ShellWord(string text, string unquotedText, int[] unquotedOffsets, TextSpan span, bool isQuoted,
        bool hasExpansion, ImmutableArray<string> variables, Func<int, int>? textToFile = null, int textStart = 0)
    {
        _textToFile = textToFile;
        _textStart = textStart;
        Text = text;
        UnquotedText = unquotedText;
        _unquotedOffsets = unquotedOffsets;
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
        if (_unquotedOffsets.Length == 0) return new TextSpan(Span.Start, 0);
        start = Math.Clamp(start, 0, _unquotedOffsets.Length);
        length = Math.Clamp(length, 0, _unquotedOffsets.Length - start);
        if (start == _unquotedOffsets.Length) return new TextSpan(_unquotedOffsets[^1] + 1, 0);
        if (length == 0) return new TextSpan(_unquotedOffsets[start], 0);
        int s = _unquotedOffsets[start];
        int e = _unquotedOffsets[start + length - 1] + 1;
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
            return new TextSpan(start < Text.Length ? _textToFile(_textStart + start) : _textToFile(_textStart + Text.Length - 1) + 1, 0);
        int s = _textToFile(_textStart + start);
        int e = _textToFile(_textStart + start + length - 1) + 1;
        return e >= s ? TextSpan.FromBounds(s, e) : new TextSpan(s, 0);
    }

    /// <summary>File offset of each character of <see cref="UnquotedText"/> (used to parse <c>sh -c '…'</c> scripts with exact spans).</summary>
    internal int[] UnquotedOffsets => _unquotedOffsets;

    /// <summary>Creates a static word (exec-form element or synthetic word).</summary>
    internal static ShellWord Literal(string text, string value, int[] offsets, TextSpan span) =>
        new(text, value, offsets, span, isQuoted: false, hasExpansion: false, []);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
