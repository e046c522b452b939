using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>Low-level scanning helpers: blanks, comments, reserved words, spans and errors.</summary>
internal sealed partial class ShellSyntaxParser
{
    private char Peek(int ahead) => _pos + ahead < _end ? _text[_pos + ahead] : '\0';

    private bool Matches(string s) => string.CompareOrdinal(_text, _pos, s, 0, s.Length) == 0 && _pos + s.Length <= _end;

    private static bool IsMeta(char c) => c is ' ' or '\t' or '\r' or '\n' or ';' or '&' or '|' or '<' or '>' or '(' or ')';

    private bool IsSeparatorChar() => _pos < _end && (_text[_pos] is '\n' or ';' || (_text[_pos] == '&' && Peek(1) != '>'));

    private bool IsCaseTerminator() => Matches(";;") || Matches(";&");

    private void SkipBlanks()
    {
        while (_pos < _end)
        {
            char c = _text[_pos];
            if (c is ' ' or '\t' or '\r' or '\f' or '\v') { _pos++; continue; }
            if (c == '\\' && Peek(1) == '\n') { _pos += 2; continue; }
            if (c == '\\' && Peek(1) == '\r' && Peek(2) == '\n') { _pos += 3; continue; }
            if (c == '#')
            {
                int newline = _text.IndexOf('\n', _pos);
                _pos = newline < 0 ? _end : newline;
                continue;
            }
            break;
        }
    }

    private void SkipLinebreaks()
    {
        while (true)
        {
            SkipBlanks();
            if (_pos < _end && _text[_pos] == '\n') ConsumeNewline();
            else return;
        }
    }

    /// <summary>The unquoted plain word at the current position when it is followed by a delimiter, else null.</summary>
    private string? PeekReservedWord()
    {
        int i = _pos;
        while (i < _end && !IsMeta(_text[i]) && _text[i] is not ('\'' or '"' or '\\' or '$' or '`')) i++;
        if (i == _pos)
        {
            return null;
        }
        if (i < _end && _text[i] is '\'' or '"' or '\\' or '$' or '`') return null;
        return AsReservedWord(_text.AsSpan(_pos, i - _pos));
    }

    // Every word the grammar asks PeekReservedWord about; any other word reads as null (callers only compare with
    // these), so peeking at an ordinary word allocates nothing. Asked several times per command: the length picks
    // the few candidates.
    private static string? AsReservedWord(ReadOnlySpan<char> word) => word.Length switch
    {
        1 => word[0] switch { '!' => "!", '{' => "{", '}' => "}", _ => null },
        2 => word switch { "[[" => "[[", "]]" => "]]", "if" => "if", "fi" => "fi", "do" => "do", "in" => "in", _ => null },
        3 => word is "for" ? "for" : null,
        4 => word switch { "then" => "then", "else" => "else", "elif" => "elif", "done" => "done", "esac" => "esac", "case" => "case", _ => null },
        5 => word switch { "while" => "while", "until" => "until", _ => null },
        6 => word is "select" ? "select" : null,
        8 => word is "function" ? "function" : null,
        _ => null,
    };

    private string? PeekCloser()
    {
        if (_pos >= _end) return null;
        if (_text[_pos] == ')') return ")";
        if (IsCaseTerminator()) return Matches(";;&") ? ";;&" : _text.Substring(_pos, 2);
        string? word = PeekReservedWord();
        return word is not null && Closers.Contains(word) ? word : null;
    }

    private void Expect(string reserved)
    {
        SkipLinebreaks();
        if (PeekReservedWord() == reserved)
        {
            _pos += reserved.Length;
            _lastTokenEnd = _pos;
        }
        else Error($"expected '{reserved}'", _pos, 0);
    }

    private void SetSeparator(ShellOperator op)
    {
        if (_lastWasSimple && _lastSimple is not null && _lastSimple.FollowingOperator == ShellOperator.None)
            _lastSimple.FollowingOperator = op;
        _pendingPreceding = op;
    }

    private TextSpan SpanOf(int start, int end)
    {
        if (end <= start) return new TextSpan(_toFile.ToFile(start), 0);
        int s = _toFile.ToFile(start);
        int e = _toFile.ToFile(end - 1) + 1;
        return e >= s ? TextSpan.FromBounds(s, e) : new TextSpan(s, 0);
    }

    private void Error(string message, int at, int length) =>
        _sink.Errors.Add(new ShellParseError(message, SpanOf(at, Math.Min(_end, at + length))));
}
