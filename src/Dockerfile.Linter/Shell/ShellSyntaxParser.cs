using System.Collections.Immutable;
using System.Text;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>
/// Tolerant recursive-descent parser for POSIX shell (plus common bash forms) that records every simple command.
/// Offsets in <see cref="_text"/> are mapped to file offsets by <see cref="_toFile"/>.
/// </summary>
internal sealed class ShellSyntaxParser
{
    private static readonly HashSet<string> Closers = ["then", "else", "elif", "fi", "do", "done", "esac", "}"];

    private readonly string _text;
    private readonly Func<int, int> _toFile;
    private readonly ParseSink _sink;
    private readonly int _end;
    private int _pos;
    private ShellCommandContext _context;
    private readonly List<(ShellRedirection Redirection, string Delimiter, bool StripTabs)> _pendingHeredocs = [];

    private int _lastTokenEnd;
    private ShellCommand? _lastSimple;
    private bool _lastWasSimple;
    private ShellOperator _pendingPreceding;

    internal ShellSyntaxParser(string text, Func<int, int> toFile, ParseSink sink, ShellCommandContext context)
    {
        _text = text;
        _toFile = toFile;
        _sink = sink;
        _end = text.Length;
        _context = context;
    }

    /// <summary>Parses the whole text; stray closers are reported and skipped.</summary>
    internal void Run()
    {
        while (_pos < _end)
        {
            int before = _pos;
            ParseList();
            if (_pos >= _end) break;
            string? closer = PeekCloser();
            Error($"unexpected '{closer ?? _text[_pos].ToString()}'", _pos, Math.Max(1, closer?.Length ?? 1));
            _pos += Math.Max(1, closer?.Length ?? 1);
            if (_pos <= before) _pos = before + 1;
        }
    }

    // ---------------------------------------------------------------- lists, pipelines, commands

    private void ParseList()
    {
        bool any = false;
        while (true)
        {
            while (true)
            {
                SkipBlanks();
                if (_pos < _end && _text[_pos] == '\n')
                {
                    ConsumeNewline();
                    if (any) SetSeparator(ShellOperator.Newline);
                }
                else break;
            }
            if (_pos >= _end || PeekCloser() is not null) return;

            int before = _pos;
            ParseAndOr();
            any = true;
            SkipBlanks();
            if (_pos >= _end) return;

            char c = _text[_pos];
            if (c == ';' && !IsCaseTerminator())
            {
                _pos++;
                SetSeparator(ShellOperator.Semicolon);
                continue;
            }
            if (c == '&' && Peek(1) != '&' && Peek(1) != '>')
            {
                _pos++;
                SetSeparator(ShellOperator.Background);
                continue;
            }
            if (c == '\n') continue;
            if (PeekCloser() is not null) return;

            Error($"unexpected '{c}'", _pos, 1);
            _pos++;
            if (_pos <= before) _pos = before + 1;
        }
    }

    private void ParseAndOr()
    {
        ParsePipeline();
        while (true)
        {
            SkipBlanks();
            if (Matches("&&")) SetSeparator(ShellOperator.And);
            else if (Matches("||")) SetSeparator(ShellOperator.Or);
            else return;
            _pos += 2;
            SkipLinebreaks();
            if (_pos >= _end || PeekCloser() is not null || IsSeparatorChar())
            {
                Error("missing command after operator", _pos, 0);
                return;
            }
            ParsePipeline();
        }
    }

    private void ParsePipeline()
    {
        var pipeline = new ShellPipeline();
        var commands = ImmutableArray.CreateBuilder<ShellCommand>();
        int elements = 0;
        SkipBlanks();
        int start = _pos;
        if (PeekReservedWord() == "!")
        {
            pipeline.IsNegated = true;
            _pos++;
        }

        while (true)
        {
            SkipBlanks();
            if (_pos >= _end || PeekCloser() is not null || IsSeparatorChar())
            {
                if (elements > 0) Error("missing command after '|'", _pos, 0);
                break;
            }
            int before = _pos;
            var simple = ParseCommand();
            if (_pos == before)
            {
                Error($"unexpected '{_text[_pos]}'", _pos, 1);
                _pos++;
                continue;
            }
            elements++;
            if (simple is not null)
            {
                commands.Add(simple);
                simple.Pipeline = pipeline;
            }

            SkipBlanks();
            if (Peek(0) == '|' && Peek(1) != '|')
            {
                bool all = Peek(1) == '&';
                _pos += all ? 2 : 1;
                SetSeparator(all ? ShellOperator.PipeAll : ShellOperator.Pipe);
                SkipLinebreaks();
                continue;
            }
            break;
        }

        if (elements == 0) return;
        pipeline.Commands = commands.ToImmutable();
        pipeline.ElementCount = elements;
        pipeline.Span = SpanOf(start, Math.Max(start, _lastTokenEnd));
        _sink.Pipelines.Add(pipeline);
    }

    /// <summary>Parses one command; returns it when it is a simple command, null for compound ones.</summary>
    private ShellCommand? ParseCommand()
    {
        SkipBlanks();
        if (_pos >= _end) return null;
        if (_sink.Depth >= ParseSink.MaxDepth)
        {
            Error("nesting too deep", _pos, _end - _pos);
            _pos = _end;
            return null;
        }

        string? reserved = PeekReservedWord();
        switch (reserved)
        {
            case "{":
                _pos++;
                ParseBody(ShellCommandContext.Group);
                Expect("}");
                return FinishCompound();
            case "if":
                _pos += 2;
                ParseBody(ShellCommandContext.Compound);
                Expect("then");
                ParseBody(ShellCommandContext.Compound);
                while (PeekReservedWord() == "elif")
                {
                    _pos += 4;
                    ParseBody(ShellCommandContext.Compound);
                    Expect("then");
                    ParseBody(ShellCommandContext.Compound);
                }
                if (PeekReservedWord() == "else")
                {
                    _pos += 4;
                    ParseBody(ShellCommandContext.Compound);
                }
                Expect("fi");
                return FinishCompound();
            case "while" or "until":
                _pos += reserved.Length;
                ParseBody(ShellCommandContext.Compound);
                ParseDoGroup();
                return FinishCompound();
            case "for" or "select":
                _pos += reserved.Length;
                ParseForHead();
                ParseDoGroup();
                return FinishCompound();
            case "case":
                _pos += 4;
                ParseCase();
                return FinishCompound();
            case "function":
                _pos += 8;
                SkipBlanks();
                ReadWord();
                SkipBlanks();
                if (Peek(0) == '(')
                {
                    int save = _pos;
                    _pos++;
                    SkipBlanks();
                    if (Peek(0) == ')') _pos++;
                    else _pos = save;
                }
                return ParseFunctionBody();
            case "[[":
                return ParseDoubleBracket();
        }

        if (Peek(0) == '(')
        {
            if (Peek(1) == '(')
            {
                SkipArithmetic(_pos + 2);
                return FinishCompound();
            }
            _pos++;
            ParseBody(ShellCommandContext.Subshell);
            if (Peek(0) == ')') _lastTokenEnd = ++_pos;
            else Error("missing ')'", _pos, 0);
            return FinishCompound();
        }

        return ParseSimpleCommand();
    }

    private ShellCommand? FinishCompound()
    {
        // Redirections after a compound command apply to it as a whole; they are parsed and dropped.
        var redirections = new List<ShellRedirection>();
        while (true)
        {
            SkipBlanks();
            if (!TryParseRedirection(redirections)) break;
        }
        _lastWasSimple = false;
        return null;
    }

    private ShellCommand? ParseFunctionBody()
    {
        SkipLinebreaks();
        var saved = _context;
        _context = ShellCommandContext.Group;
        _sink.Depth++;
        ParseCommand();
        _sink.Depth--;
        _context = saved;
        _lastWasSimple = false;
        return null;
    }

    private void ParseBody(ShellCommandContext context)
    {
        var saved = _context;
        _context = context;
        _sink.Depth++;
        ParseList();
        _sink.Depth--;
        _context = saved;
    }

    private void ParseDoGroup()
    {
        SkipLinebreaks();
        if (PeekReservedWord() == "{")
        {
            _pos++;
            ParseBody(ShellCommandContext.Compound);
            Expect("}");
            return;
        }
        Expect("do");
        ParseBody(ShellCommandContext.Compound);
        Expect("done");
    }

    private void ParseForHead()
    {
        SkipBlanks();
        if (Matches("(("))
        {
            SkipArithmetic(_pos + 2);
        }
        else
        {
            ReadWord();
            SkipLinebreaks();
            if (PeekReservedWord() == "in")
            {
                _pos += 2;
                while (true)
                {
                    SkipBlanks();
                    if (_pos >= _end || IsSeparatorChar() || PeekCloser() is not null) break;
                    if (ReadWord() is null)
                    {
                        Error($"unexpected '{_text[_pos]}'", _pos, 1);
                        _pos++;
                    }
                }
            }
        }
        SkipBlanks();
        if (Peek(0) == ';' && Peek(1) != ';') _pos++;
        SkipLinebreaks();
    }

    private void ParseCase()
    {
        SkipBlanks();
        ReadWord();
        SkipLinebreaks();
        Expect("in");
        while (true)
        {
            SkipLinebreaks();
            if (_pos >= _end)
            {
                Error("missing 'esac'", _pos, 0);
                return;
            }
            if (PeekReservedWord() == "esac")
            {
                _pos += 4;
                return;
            }

            int before = _pos;
            if (Peek(0) == '(') _pos++;
            while (true)
            {
                SkipBlanks();
                ReadWord();
                SkipBlanks();
                if (Peek(0) == '|')
                {
                    _pos++;
                    continue;
                }
                if (Peek(0) == ')') _pos++;
                else Error("missing ')' after case pattern", _pos, 0);
                break;
            }

            ParseBody(ShellCommandContext.Compound);
            SkipBlanks();
            if (Matches(";;&")) _pos += 3;
            else if (Matches(";;") || Matches(";&")) _pos += 2;

            if (_pos == before)
            {
                Error($"unexpected '{_text[_pos]}'", _pos, 1);
                _pos++;
            }
        }
    }

    private ShellCommand? ParseDoubleBracket()
    {
        int start = _pos;
        var words = ImmutableArray.CreateBuilder<ShellWord>();
        words.Add(ReadWord()!);
        while (true)
        {
            SkipBlanks();
            if (_pos >= _end)
            {
                Error("missing ']]'", _pos, 0);
                break;
            }
            if (_text[_pos] == '\n')
            {
                ConsumeNewline();
                continue;
            }
            if (PeekReservedWord() == "]]")
            {
                words.Add(ReadWord()!);
                break;
            }
            int opLength = Matches("&&") || Matches("||") ? 2 : _text[_pos] is '<' or '>' or '(' or ')' or '!' ? 1 : 0;
            if (opLength > 0)
            {
                words.Add(LiteralWord(_pos, _pos + opLength));
                _pos += opLength;
                _lastTokenEnd = _pos;
                continue;
            }
            if (ReadWord() is { } w) words.Add(w);
            else _pos++;
        }
        var redirections = new List<ShellRedirection>();
        while (true)
        {
            SkipBlanks();
            if (!TryParseRedirection(redirections)) break;
        }
        return AddSimpleCommand(words.ToImmutable(), [], [.. redirections], start);
    }

    private ShellCommand? ParseSimpleCommand()
    {
        int start = _pos;
        var words = ImmutableArray.CreateBuilder<ShellWord>();
        var assignments = ImmutableArray.CreateBuilder<ShellAssignment>();
        var redirections = new List<ShellRedirection>();

        while (true)
        {
            SkipBlanks();
            if (_pos >= _end) break;
            if (TryParseRedirection(redirections)) continue;

            char c = _text[_pos];
            if (c is ';' or '&' or '|' or '\n' or ')') break;
            if (c == '(')
            {
                if (words.Count == 1 && assignments.Count == 0 && IsFunctionParens())
                {
                    _pos = _text.IndexOf(')', _pos) + 1;
                    return ParseFunctionBody();
                }
                Error("unexpected '('", _pos, 1);
                break;
            }

            var word = ReadWord();
            if (word is null)
            {
                Error($"unexpected '{c}'", _pos, 1);
                _pos++;
                continue;
            }
            if (words.Count == 0 && AsAssignment(word) is { } assignment) assignments.Add(assignment);
            else words.Add(word);
        }

        if (words.Count == 0 && assignments.Count == 0 && redirections.Count == 0) return null;
        return AddSimpleCommand(words.ToImmutable(), assignments.ToImmutable(), [.. redirections], start);
    }

    private bool IsFunctionParens()
    {
        int i = _pos + 1;
        while (i < _end && _text[i] is ' ' or '\t') i++;
        return i < _end && _text[i] == ')';
    }

    private ShellCommand AddSimpleCommand(ImmutableArray<ShellWord> words, ImmutableArray<ShellAssignment> assignments,
        ImmutableArray<ShellRedirection> redirections, int start)
    {
        var span = SpanOf(start, Math.Max(start, _lastTokenEnd));
        var command = new ShellCommand(words, assignments, redirections, span, _context)
        {
            PrecedingOperator = _pendingPreceding,
        };
        _pendingPreceding = ShellOperator.None;
        _lastSimple = command;
        _lastWasSimple = true;
        AddCommand(_sink, command);
        return command;
    }

    /// <summary>Records a command, then parses the script argument of <c>sh -c '…'</c> / <c>su -c '…'</c> as nested commands.</summary>
    internal static void AddCommand(ParseSink sink, ShellCommand command)
    {
        sink.Commands.Add(command);
        if (sink.Depth >= ParseSink.MaxDepth) return;
        var script = ShellDialect.GetInlineScript(command);
        if (script?.Value is not { } value) return;

        var offsets = script.UnquotedOffsets;
        int fallback = script.Span.Start;
        sink.Depth++;
        var nested = new ShellSyntaxParser(value, i => i < offsets.Length ? offsets[i] : offsets.Length > 0 ? offsets[^1] + 1 : fallback,
            sink, ShellCommandContext.ShellArgument);
        nested.Run();
        sink.Depth--;
    }

    private static ShellAssignment? AsAssignment(ShellWord word)
    {
        string text = word.Text;
        int i = 0;
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] == '_')) return null;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
        if (i < text.Length && text[i] == '[')
        {
            int close = text.IndexOf(']', i);
            if (close < 0) return null;
            i = close + 1;
        }
        bool append = i + 1 < text.Length && text[i] == '+' && text[i + 1] == '=';
        if (!append && (i >= text.Length || text[i] != '=')) return null;
        string name = text[..i];
        int bracket = name.IndexOf('[');
        return new ShellAssignment(bracket < 0 ? name : name[..bracket], word, append);
    }

    // ---------------------------------------------------------------- redirections and heredocs

    private bool TryParseRedirection(List<ShellRedirection> redirections)
    {
        if (_pos >= _end) return false;
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
            _pendingHeredocs.Add((redirection, target.UnquotedText, op == "<<-"));
        return true;
    }

    private void ConsumeNewline()
    {
        _pos++;
        if (_pendingHeredocs.Count == 0) return;
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

    // ---------------------------------------------------------------- words

    private sealed class WordBuilder
    {
        public readonly StringBuilder Unquoted = new();
        public readonly List<int> Offsets = [];
        public readonly List<string> Variables = [];
        public bool Quoted;
        public bool Expansion;
    }

    private ShellWord? ReadWord()
    {
        int start = _pos;
        var w = new WordBuilder();
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
                    Append(w, _pos);
                    _pos++;
                    continue;
            }
        }
        if (_pos == start) return null;
        _lastTokenEnd = _pos;
        return new ShellWord(_text[start.._pos], w.Unquoted.ToString(), [.. w.Offsets], SpanOf(start, _pos),
            w.Quoted, w.Expansion, [.. w.Variables.Distinct()]);
    }

    private ShellWord LiteralWord(int start, int end)
    {
        var offsets = new int[end - start];
        for (int i = 0; i < offsets.Length; i++) offsets[i] = _toFile(start + i);
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
                for (int i = _pos; i < stop; i++) Append(w, i);
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
        while (_pos < _end && _text[_pos] != '\'')
        {
            Append(w, _pos);
            _pos++;
        }
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
                    Append(w, _pos);
                    _pos++;
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
            w.Variables.Add(_text[nameStart.._pos]);
        }
        else if (char.IsAsciiDigit(next) || next is '@' or '*' or '#' or '?' or '-' or '$' or '!')
        {
            w.Variables.Add(next.ToString());
            _pos += 2;
        }
        else
        {
            Append(w, _pos);
            _pos++;
            return;
        }

        w.Expansion = true;
        for (int i = start; i < _pos; i++) Append(w, i);
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
        if (nameEnd > nameStart) w.Variables.Add(_text[nameStart..nameEnd]);

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
                ReadNested(new WordBuilder(), 2, ShellCommandContext.CommandSubstitution);
                continue;
            }
            if (c == '`')
            {
                ReadBackquoted(new WordBuilder());
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

        if (Peek(0) == ')') _pos++;
        else Error("missing ')'", start, openLength);
        w.Expansion = true;
        for (int i = start; i < _pos; i++) Append(w, i);
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
                offsets.Add(_toFile(_pos + 1));
                _pos += 2;
                continue;
            }
            inner.Append(_text[_pos]);
            offsets.Add(_toFile(_pos));
            _pos++;
        }
        if (_pos >= _end) Error("unterminated backquote", start, 1);
        else _pos++;

        if (_sink.Depth < ParseSink.MaxDepth)
        {
            int[] map = [.. offsets];
            int fallback = _toFile(start);
            _sink.Depth++;
            new ShellSyntaxParser(inner.ToString(), i => i < map.Length ? map[i] : map.Length > 0 ? map[^1] + 1 : fallback,
                _sink, ShellCommandContext.CommandSubstitution).Run();
            _sink.Depth--;
        }
        w.Expansion = true;
        for (int i = start; i < _pos; i++) Append(w, i);
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
                w.Unquoted.Append(decoded);
                w.Offsets.Add(_toFile(_pos));
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
        w.Unquoted.Append(_text[index]);
        w.Offsets.Add(_toFile(index));
    }

    // ---------------------------------------------------------------- low-level helpers

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
        return _text[_pos..i];
    }

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
        if (end <= start) return new TextSpan(_toFile(start), 0);
        int s = _toFile(start);
        int e = _toFile(end - 1) + 1;
        return e >= s ? TextSpan.FromBounds(s, e) : new TextSpan(s, 0);
    }

    private void Error(string message, int at, int length) =>
        _sink.Errors.Add(new ShellParseError(message, SpanOf(at, Math.Min(_end, at + length))));
}
