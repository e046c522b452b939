namespace Dockerfile.Linter.Shell;

/// <summary>Redirections and the bodies of heredocs written inside the script.</summary>
internal sealed partial class ShellSyntaxParser
{
    private bool TryParseRedirection(Scratch<ShellRedirection> redirections)
    {
        if (_pos >= _end) return false;
        // Every operator starts with a digit (the descriptor), '<', '>' or '&': most words are none of these.
        if (_text[_pos] is not ((>= '0' and <= '9') or '<' or '>' or '&')) return false;
        int start = _pos;
        int i = _pos;
        int? fd = null;
        while (i < _end && char.IsAsciiDigit(_text[i])) i++;
        if (i > _pos)
        {
            if (i >= _end || _text[i] is not ('<' or '>')) return false;
            fd = int.TryParse(_text.AsSpan(_pos, i - _pos), out int n) ? n : null;
        }

        string? op = null;
        foreach (string candidate in (ReadOnlySpan<string>)["<<<", "<<-", "<<", "<>", "<&", "<", ">>", ">&", ">|", ">", "&>>", "&>"])
        {
            if (string.CompareOrdinal(_text, i, candidate, 0, candidate.Length) != 0) continue;
            if (candidate.StartsWith('&') && fd is not null) continue;
            op = candidate;
            break;
        }
        if (op is null) return false;
        // <( and >( are process substitutions (words), not redirections.
        if (op is "<" or ">" && i + 1 < _end && _text[i + 1] == '(') return false;

        _pos = i + op.Length;
        SkipBlanks();
        var target = _pos < _end && !IsMeta(_text[_pos]) ? ReadWord() : null;
        if (target is null) Error($"missing target after '{op}'", _pos, 0);

        if (target is null) _lastTokenEnd = i + op.Length;
        var redirection = new ShellRedirection(op, fd, target, SpanOf(start, _lastTokenEnd));
        redirections.Add(redirection);
        if (op is "<<" or "<<-" && target is not null)
            (_pendingHeredocs ??= []).Add((redirection, target.UnquotedText, op == "<<-"));
        return true;
    }

    private void ConsumeNewline()
    {
        _pos++;
        if (_pendingHeredocs is not { Count: > 0 }) return;
        var pending = _pendingHeredocs.ToArray();
        _pendingHeredocs.Clear();
        foreach (var (redirection, delimiter, stripTabs) in pending)
        {
            int bodyStart = _pos;
            bool found = false;
            while (_pos < _end)
            {
                int lineEnd = _text.IndexOf('\n', _pos);
                if (lineEnd < 0) lineEnd = _end;
                var line = _text.AsSpan(_pos, lineEnd - _pos).TrimEnd('\r');
                if (stripTabs) line = line.TrimStart('\t');
                if (line.SequenceEqual(delimiter))
                {
                    redirection.HeredocBody = _text[bodyStart.._pos];
                    redirection.HeredocBodySpan = SpanOf(bodyStart, _pos);
                    _pos = Math.Min(lineEnd + 1, _end);
                    found = true;
                    break;
                }
                _pos = Math.Min(lineEnd + 1, _end);
            }
            if (!found)
            {
                redirection.HeredocBody = _text[bodyStart.._end];
                redirection.HeredocBodySpan = SpanOf(bodyStart, _end);
                Error($"unterminated heredoc '{delimiter}'", bodyStart, 0);
            }
        }
    }
}
