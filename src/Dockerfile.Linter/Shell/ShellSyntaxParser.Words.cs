using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>Words: quoting, escapes, parameter/command/arithmetic expansions and their nested commands.</summary>
internal sealed partial class ShellSyntaxParser
{
    internal sealed class WordBuilder
    {
        public readonly StringBuilder Unquoted = new();
        public readonly List<int> Offsets = [];
        public readonly List<string> Variables = [];
        public bool Quoted;
        public bool Expansion;

        // While Plain, the unquoted text so far is the script text [Start, Start + PlainLength) and Unquoted and
        // Offsets are empty: most words have no quotes or escapes, so their characters are not copied one by one.
        // Until the first character, Start follows it, so a word that is all one quoted run ("a b") stays plain.
        public bool Plain;
        public int Start;
        public int PlainLength;

        public WordBuilder Reset(int start)
        {
            Unquoted.Clear();
            Offsets.Clear();
            Variables.Clear();
            Quoted = false;
            Expansion = false;
            Plain = true;
            Start = start;
            PlainLength = 0;
            return this;
        }

        /// <summary>True when the builder's buffers hold at most <paramref name="max"/> items (worth keeping for the next parse).</summary>
        public bool IsSmall(int max) => Unquoted.Capacity <= max && Offsets.Capacity <= max && Variables.Capacity <= max;
    }

    // Words nest (a `$(…)` inside a word parses whole commands), so builders are pooled rather than shared: each
    // ReadWord takes one from the parse's pool (ParseSink, shared by nested parsers) and gives it back when its word
    // is built.
    private ShellWord? ReadWord()
    {
        int start = _pos;
        var w = RentWordBuilder(start);
        try
        {
            return ReadWordInto(w, start);
        }
        finally
        {
            _sink.FreeWordBuilders.Push(w);
        }
    }

    private WordBuilder RentWordBuilder(int start) =>
        (_sink.FreeWordBuilders.TryPop(out var free) ? free : new WordBuilder()).Reset(start);

    // The characters that end a run of plain word characters: blanks and operators end the word, the others start
    // quoting, escapes, expansions or parenthesised parts.
    private static readonly SearchValues<char> WordSpecials = SearchValues.Create(" \t\r\n;&|)<>(\\'\"`$");

    // Inside double quotes, the characters that end a run of literal text.
    private static readonly SearchValues<char> DoubleQuotedSpecials = SearchValues.Create("\"\\$`");

    private ShellWord? ReadWordInto(WordBuilder w, int start)
    {
        while (_pos < _end)
        {
            char c = _text[_pos];
            if (c is ' ' or '\t' or '\r' or '\n' or ';' or '&' or '|' or ')') break;
            if (c is '<' or '>')
            {
                if (Peek(1) != '(') break;
                ReadNested(w, 2, ShellCommandContext.ProcessSubstitution);
                continue;
            }
            if (c == '(')
            {
                if (!IsArrayOrExtglobOpen(w, start)) break;
                SkipBalancedParens(w);
                continue;
            }
            switch (c)
            {
                case '\\':
                    if (Peek(1) == '\n') { _pos += 2; continue; }
                    if (Peek(1) == '\r' && Peek(2) == '\n') { _pos += 3; continue; }
                    w.Quoted = true;
                    if (_pos + 1 < _end) Append(w, _pos + 1);
                    _pos = Math.Min(_pos + 2, _end);
                    continue;
                case '\'':
                    ReadSingleQuoted(w);
                    continue;
                case '"':
                    ReadDoubleQuoted(w);
                    continue;
                case '`':
                    ReadBackquoted(w);
                    continue;
                case '$':
                    ReadDollar(w, inDoubleQuotes: false);
                    continue;
                default:
                    // A run of ordinary characters (most of a word, usually all of it) is taken at once.
                    int stop = _text.AsSpan(_pos + 1, _end - _pos - 1).IndexOfAny(WordSpecials);
                    int runEnd = stop < 0 ? _end : _pos + 1 + stop;
                    AppendRange(w, _pos, runEnd);
                    _pos = runEnd;
                    continue;
            }
        }
        if (_pos == start) return null;
        _lastTokenEnd = _pos;
        string text = _sink.StringOf(_text, start, _pos - start);
        var variables = DistinctVariables(w.Variables);
        // The common word: unquoted text equal to the text, on one line of the file, so both its span and its
        // offsets come from one placement of its first and last characters.
        if (w.Plain && w.Start == start && w.PlainLength == text.Length && _toFile.TryContiguous(start, text.Length, out int whole))
            return new ShellWord(text, text, whole, new TextSpan(whole, text.Length), w.Quoted, w.Expansion, variables, _toFile, start);
        var span = SpanOf(start, _pos);
        if (w.Plain)
        {
            int length = w.PlainLength;
            string plain = length == text.Length ? text : _sink.StringOf(_text, w.Start, length);
            int first = 0;
            if (length == 0 || _toFile.TryContiguous(w.Start, length, out first))
                return new ShellWord(text, plain, first, span, w.Quoted, w.Expansion, variables, _toFile, start);
            for (int i = 0; i < length; i++) w.Offsets.Add(_toFile.ToFile(w.Start + i));
            return new ShellWord(text, plain, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(w.Offsets), span,
                w.Quoted, w.Expansion, variables, _toFile, start);
        }
        // Words whose unquoted text still equals the text (an escaped line break dropped, say) share one string.
        string unquoted = w.Unquoted.Equals(text.AsSpan()) ? text : w.Unquoted.ToString();
        return new ShellWord(text, unquoted, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(w.Offsets), span,
            w.Quoted, w.Expansion, variables, _toFile, start);
    }

    private static ImmutableArray<string> DistinctVariables(List<string> variables)
    {
        if (variables.Count == 0) return [];
        if (variables.Count == 1) return [variables[0]];
        var distinct = new List<string>(variables.Count);
        foreach (string name in variables)
            if (!distinct.Contains(name)) distinct.Add(name);
        return [.. distinct];
    }

    private ShellWord LiteralWord(int start, int end)
    {
        var offsets = new int[end - start];
        for (int i = 0; i < offsets.Length; i++) offsets[i] = _toFile.ToFile(start + i);
        string text = _text[start..end];
        return ShellWord.Literal(text, text, offsets, SpanOf(start, end));
    }

    private bool IsArrayOrExtglobOpen(WordBuilder w, int wordStart)
    {
        if (_pos == wordStart) return false;
        char previous = _text[_pos - 1];
        if (previous is '@' or '!' or '+' or '*' or '?') return true;
        return previous == '=' && !w.Quoted && AsAssignmentPrefix(_text[wordStart.._pos]);
    }

    private static bool AsAssignmentPrefix(string text)
    {
        if (text.Length < 2 || !(char.IsAsciiLetter(text[0]) || text[0] == '_')) return false;
        int i = 1;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
        return text[i..] is "=" or "+=";
    }

    private void SkipBalancedParens(WordBuilder w)
    {
        int depth = 0;
        while (_pos < _end)
        {
            char c = _text[_pos];
            if (c == '\\' && _pos + 1 < _end)
            {
                Append(w, _pos); Append(w, _pos + 1);
                _pos += 2;
                continue;
            }
            if (c is '\'' or '"')
            {
                int close = _text.IndexOf(c, _pos + 1);
                int stop = close < 0 ? _end : close + 1;
                AppendRange(w, _pos, stop);
                _pos = stop;
                continue;
            }
            Append(w, _pos);
            _pos++;
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return;
        }
        Error("missing ')'", _pos, 0);
    }

    private void ReadSingleQuoted(WordBuilder w)
    {
        int start = _pos;
        w.Quoted = true;
        _pos++;
        int close = _text.IndexOf('\'', _pos);
        int stop = close < 0 ? _end : close;
        AppendRange(w, _pos, stop);
        _pos = stop;
        if (_pos >= _end) Error("unterminated single quote", start, 1);
        else _pos++;
    }

    private void ReadDoubleQuoted(WordBuilder w)
    {
        int start = _pos;
        w.Quoted = true;
        _pos++;
        while (true)
        {
            if (_pos >= _end)
            {
                Error("unterminated double quote", start, 1);
                return;
            }
            char c = _text[_pos];
            switch (c)
            {
                case '"':
                    _pos++;
                    return;
                case '\\':
                    char next = Peek(1);
                    if (next == '\n') { _pos += 2; continue; }
                    if (next is '$' or '`' or '"' or '\\')
                    {
                        Append(w, _pos + 1);
                        _pos += 2;
                        continue;
                    }
                    Append(w, _pos);
                    _pos++;
                    continue;
                case '$':
                    ReadDollar(w, inDoubleQuotes: true);
                    continue;
                case '`':
                    ReadBackquoted(w);
                    continue;
                default:
                    int stop = _text.AsSpan(_pos + 1, _end - _pos - 1).IndexOfAny(DoubleQuotedSpecials);
                    int runEnd = stop < 0 ? _end : _pos + 1 + stop;
                    AppendRange(w, _pos, runEnd);
                    _pos = runEnd;
                    continue;
            }
        }
    }

    private void ReadDollar(WordBuilder w, bool inDoubleQuotes)
    {
        int start = _pos;
        char next = Peek(1);
        if (next == '\'' && !inDoubleQuotes)
        {
            ReadAnsiCQuoted(w);
            return;
        }
        if (next == '"' && !inDoubleQuotes)
        {
            _pos++;
            ReadDoubleQuoted(w);
            return;
        }
        if (next == '(')
        {
            if (Peek(2) == '(')
            {
                SkipArithmetic(_pos + 3);
            }
            else
            {
                ReadNested(w, 2, ShellCommandContext.CommandSubstitution);
                return;
            }
        }
        else if (next == '{')
        {
            SkipBraceExpansion(w);
        }
        else if (char.IsAsciiLetter(next) || next == '_')
        {
            int nameStart = _pos + 1;
            _pos = nameStart;
            while (_pos < _end && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
            w.Variables.Add(_sink.StringOf(_text, nameStart, _pos - nameStart));
        }
        else if (char.IsAsciiDigit(next) || next is '@' or '*' or '#' or '?' or '-' or '$' or '!')
        {
            w.Variables.Add(_sink.StringOf(_text, _pos + 1, 1));
            _pos += 2;
        }
        else
        {
            Append(w, _pos);
            _pos++;
            return;
        }

        w.Expansion = true;
        AppendRange(w, start, _pos);
    }

    private void SkipBraceExpansion(WordBuilder w)
    {
        int start = _pos;
        _pos += 2;
        int nameStart = _pos;
        if (_pos < _end && _text[_pos] is '#' or '!') nameStart++;
        int nameEnd = nameStart;
        while (nameEnd < _end && (char.IsAsciiLetterOrDigit(_text[nameEnd]) || _text[nameEnd] == '_')) nameEnd++;
        if (nameEnd == nameStart && nameEnd < _end && _text[nameEnd] is '@' or '*' or '#' or '?' or '-' or '$' or '!') nameEnd++;
        if (nameEnd > nameStart) w.Variables.Add(_sink.StringOf(_text, nameStart, nameEnd - nameStart));

        int depth = 1;
        while (_pos < _end)
        {
            char c = _text[_pos];
            if (c == '\\') { _pos += 2; continue; }
            if (c == '\'' && depth > 0)
            {
                int close = _text.IndexOf('\'', _pos + 1);
                _pos = close < 0 ? _end : close + 1;
                continue;
            }
            if (c == '"')
            {
                int i = _pos + 1;
                while (i < _end && _text[i] != '"') i += _text[i] == '\\' ? 2 : 1;
                _pos = Math.Min(i + 1, _end);
                continue;
            }
            if (c == '$' && Peek(1) == '{') { depth++; _pos += 2; continue; }
            if (c == '$' && Peek(1) == '(' && Peek(2) != '(')
            {
                // ${X:-$(cmd)}: the substitution's commands are real commands too.
                var scratch = RentWordBuilder(_pos);
                ReadNested(scratch, 2, ShellCommandContext.CommandSubstitution);
                _sink.FreeWordBuilders.Push(scratch);
                continue;
            }
            if (c == '`')
            {
                var scratch = RentWordBuilder(_pos);
                ReadBackquoted(scratch);
                _sink.FreeWordBuilders.Push(scratch);
                continue;
            }
            if (c == '{') depth++;
            if (c == '}' && --depth == 0)
            {
                _pos++;
                return;
            }
            _pos++;
        }
        _pos = Math.Min(_pos, _end);
        Error("missing '}'", start, 2);
    }

    private void SkipArithmetic(int afterOpen)
    {
        int start = _pos;
        int depth = 2;
        _pos = afterOpen;
        while (_pos < _end)
        {
            char c = _text[_pos++];
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0)
            {
                _lastTokenEnd = _pos;
                return;
            }
        }
        Error("missing '))'", start, 2);
    }

    private void ReadNested(WordBuilder w, int openLength, ShellCommandContext context)
    {
        int start = _pos;
        _pos += openLength;
        var savedContext = _context;
        var savedLast = _lastSimple;
        bool savedLastWasSimple = _lastWasSimple;
        var savedPending = _pendingPreceding;
        var savedKind = _listKind;
        _listKind = ShellListKind.Substitution;
        _context = context;
        _lastSimple = null;
        _lastWasSimple = false;
        _pendingPreceding = ShellOperator.None;
        _sink.Depth++;
        ParseList();
        _sink.Depth--;
        _context = savedContext;
        _lastSimple = savedLast;
        _lastWasSimple = savedLastWasSimple;
        _pendingPreceding = savedPending;
        _listKind = savedKind;

        if (Peek(0) == ')') _pos++;
        else Error("missing ')'", start, openLength);
        w.Expansion = true;
        AppendRange(w, start, _pos);
    }

    private void ReadBackquoted(WordBuilder w)
    {
        int start = _pos;
        _pos++;
        var inner = new StringBuilder();
        var offsets = new List<int>();
        while (_pos < _end && _text[_pos] != '`')
        {
            if (_text[_pos] == '\\' && Peek(1) is '`' or '\\' or '$')
            {
                inner.Append(_text[_pos + 1]);
                offsets.Add(_toFile.ToFile(_pos + 1));
                _pos += 2;
                continue;
            }
            inner.Append(_text[_pos]);
            offsets.Add(_toFile.ToFile(_pos));
            _pos++;
        }
        if (_pos >= _end) Error("unterminated backquote", start, 1);
        else _pos++;

        if (_sink.Depth < ParseSink.MaxDepth)
        {
            int[] map = [.. offsets];
            int fallback = _toFile.ToFile(start);
            _sink.Depth++;
            new ShellSyntaxParser(inner.ToString(), ShellTextMap.Of(i => i < map.Length ? map[i] : map.Length > 0 ? map[^1] + 1 : fallback),
                _sink, ShellCommandContext.CommandSubstitution).Run();
            _sink.Depth--;
        }
        w.Expansion = true;
        AppendRange(w, start, _pos);
    }

    private void ReadAnsiCQuoted(WordBuilder w)
    {
        int start = _pos;
        w.Quoted = true;
        _pos += 2;
        while (_pos < _end && _text[_pos] != '\'')
        {
            if (_text[_pos] == '\\' && _pos + 1 < _end)
            {
                char decoded = _text[_pos + 1] switch
                {
                    'n' => '\n', 't' => '\t', 'r' => '\r', 'a' => '\a', 'b' => '\b', 'f' => '\f', 'v' => '\v',
                    'e' or 'E' => '\u001b', var other => other,
                };
                LeavePlain(w);
                w.Unquoted.Append(decoded);
                w.Offsets.Add(_toFile.ToFile(_pos));
                _pos += 2;
                continue;
            }
            Append(w, _pos);
            _pos++;
        }
        if (_pos >= _end) Error("unterminated $'…' string", start, 2);
        else _pos++;
    }

    private void Append(WordBuilder w, int index)
    {
        if (w.Plain)
        {
            if (w.PlainLength == 0) w.Start = index;
            if (index == w.Start + w.PlainLength)
            {
                w.PlainLength++;
                return;
            }
            LeavePlain(w);
        }
        w.Unquoted.Append(_text[index]);
        w.Offsets.Add(_toFile.ToFile(index));
    }

    /// <summary>Appends the characters <c>[from, to)</c> of the text.</summary>
    private void AppendRange(WordBuilder w, int from, int to)
    {
        if (w.Plain && w.PlainLength == 0 && to > from) w.Start = from;
        if (w.Plain && from == w.Start + w.PlainLength)
        {
            w.PlainLength += Math.Max(0, to - from);
            return;
        }
        for (int i = from; i < to; i++) Append(w, i);
    }

    /// <summary>Copies the plain prefix into the builder's text and offsets, before a character that breaks it.</summary>
    private void LeavePlain(WordBuilder w)
    {
        if (!w.Plain) return;
        w.Plain = false;
        w.Unquoted.Append(_text, w.Start, w.PlainLength);
        for (int i = 0; i < w.PlainLength; i++) w.Offsets.Add(_toFile.ToFile(w.Start + i));
    }
}
