using System.Collections.Immutable;

namespace Dockerfile.Linter.Shell;

/// <summary>
/// Tolerant recursive-descent parser for POSIX shell (plus common bash forms) that records every simple command.
/// Offsets in <see cref="_text"/> are mapped to file offsets by <see cref="_toFile"/>.
/// </summary>
internal sealed partial class ShellSyntaxParser
{
    private static readonly HashSet<string> Closers = ["then", "else", "elif", "fi", "do", "done", "esac", "}"];

    private readonly string _text;
    private readonly ShellTextMap _toFile;
    private readonly ParseSink _sink;
    private readonly int _end;
    private int _pos;
    private ShellCommandContext _context;
    private List<(ShellRedirection Redirection, string Delimiter, bool StripTabs)>? _pendingHeredocs;

    private int _lastTokenEnd;
    private ShellCommand? _lastSimple;
    private bool _lastWasSimple;
    private ShellOperator _pendingPreceding;

    // Where the list being parsed sits (for ShellAndOrList), and whether the next compound command is a function body.
    private ShellListKind _listKind;
    private bool _functionBody;
    private readonly ShellScriptRoot _root;

    internal ShellSyntaxParser(string text, ShellTextMap toFile, ParseSink sink, ShellCommandContext context)
    {
        _text = text;
        _toFile = toFile;
        _sink = sink;
        _end = text.Length;
        _context = context;
        _listKind = context is ShellCommandContext.CommandSubstitution or ShellCommandContext.ProcessSubstitution
            ? ShellListKind.Substitution : ShellListKind.Script;
        _root = new ShellScriptRoot(SpanOf(0, text.Length), context);
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

    private void ParseList()
    {
        var kind = _listKind;
        ShellAndOrList? last = null;
        ParseListItems(kind, ref last);
        if (last is not null) last.IsLast = true;
    }

    private void ParseListItems(ShellListKind kind, ref ShellAndOrList? last)
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
            last = ParseAndOr(kind) ?? last;
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
                if (last is not null) last.IsBackground = true;
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

    private ShellAndOrList? ParseAndOr(ShellListKind kind)
    {
        var pipelines = _sink.ListPipelines;
        var operators = _sink.ListOperators;
        int pipelinesMark = pipelines.Mark, operatorsMark = operators.Mark;
        if (ParsePipeline() is { } first) pipelines.Add(first);
        while (true)
        {
            SkipBlanks();
            ShellOperator op;
            if (Matches("&&")) op = ShellOperator.And;
            else if (Matches("||")) op = ShellOperator.Or;
            else break;
            SetSeparator(op);
            var opSpan = SpanOf(_pos, _pos + 2);
            _pos += 2;
            SkipLinebreaks();
            if (_pos >= _end || PeekCloser() is not null || IsSeparatorChar())
            {
                Error("missing command after operator", _pos, 0);
                break;
            }
            if (ParsePipeline() is { } next && pipelines.CountSince(pipelinesMark) > 0)
            {
                operators.Add((op, opSpan));
                pipelines.Add(next);
            }
        }
        var operatorsFound = operators.Take(operatorsMark);
        if (pipelines.CountSince(pipelinesMark) == 0) return null;
        var list = new ShellAndOrList(pipelines.Take(pipelinesMark), operatorsFound, kind, _root);
        _sink.AndOrLists.Add(list);
        return list;
    }

    private ShellPipeline? ParsePipeline()
    {
        var pipeline = new ShellPipeline();
        var commands = _sink.PipelineCommands;
        int commandsMark = commands.Mark;
        int elements = 0;
        SkipBlanks();
        int start = _pos;
        if (PeekReservedWord() == "!")
        {
            pipeline.IsNegated = true;
            pipeline.NegationSpan = SpanOf(_pos, _pos + 1);
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

        var found = commands.Take(commandsMark);
        if (elements == 0) return null;
        pipeline.Commands = found;
        pipeline.ElementCount = elements;
        pipeline.Span = SpanOf(start, Math.Max(start, _lastTokenEnd));
        _sink.Pipelines.Add(pipeline);
        return pipeline;
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

        bool functionBody = _functionBody;
        _functionBody = false;
        string? reserved = PeekReservedWord();
        switch (reserved)
        {
            case "{":
                _pos++;
                ParseBody(ShellCommandContext.Group, functionBody ? ShellListKind.FunctionBody : ShellListKind.Group);
                Expect("}");
                return FinishCompound();
            case "if":
                _pos += 2;
                ParseBody(ShellCommandContext.Compound, ShellListKind.Condition);
                Expect("then");
                ParseBody(ShellCommandContext.Compound, ShellListKind.Branch);
                while (PeekReservedWord() == "elif")
                {
                    _pos += 4;
                    ParseBody(ShellCommandContext.Compound, ShellListKind.Condition);
                    Expect("then");
                    ParseBody(ShellCommandContext.Compound, ShellListKind.Branch);
                }
                if (PeekReservedWord() == "else")
                {
                    _pos += 4;
                    ParseBody(ShellCommandContext.Compound, ShellListKind.Branch);
                }
                Expect("fi");
                return FinishCompound();
            case "while" or "until":
                _pos += reserved.Length;
                ParseBody(ShellCommandContext.Compound, ShellListKind.Condition);
                ParseDoGroup();
                return FinishCompound();
            case "for" or "select":
                int keyword = _pos;
                _pos += reserved.Length;
                ParseForHead(reserved == "for" ? keyword : -1);
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
            ParseBody(ShellCommandContext.Subshell, ShellListKind.Subshell);
            if (Peek(0) == ')') _lastTokenEnd = ++_pos;
            else Error("missing ')'", _pos, 0);
            return FinishCompound();
        }

        return ParseSimpleCommand();
    }

    private ShellCommand? FinishCompound()
    {
        // Redirections after a compound command apply to it as a whole; they are parsed and dropped.
        var redirections = _sink.Redirections;
        int mark = redirections.Mark;
        while (true)
        {
            SkipBlanks();
            if (!TryParseRedirection(redirections)) break;
        }
        redirections.Take(mark);
        _lastWasSimple = false;
        return null;
    }

    private ShellCommand? ParseFunctionBody()
    {
        SkipLinebreaks();
        var saved = _context;
        _context = ShellCommandContext.Group;
        _sink.Depth++;
        _functionBody = true;
        ParseCommand();
        _functionBody = false;
        _sink.Depth--;
        _context = saved;
        _lastWasSimple = false;
        return null;
    }

    private void ParseBody(ShellCommandContext context, ShellListKind kind)
    {
        var saved = _context;
        var savedKind = _listKind;
        _context = context;
        _listKind = kind;
        _sink.Depth++;
        ParseList();
        _sink.Depth--;
        _context = saved;
        _listKind = savedKind;
    }

    private void ParseDoGroup()
    {
        SkipLinebreaks();
        if (PeekReservedWord() == "{")
        {
            _pos++;
            ParseBody(ShellCommandContext.Compound, ShellListKind.LoopBody);
            Expect("}");
            return;
        }
        Expect("do");
        ParseBody(ShellCommandContext.Compound, ShellListKind.LoopBody);
        Expect("done");
    }

    /// <summary>Reads <c>NAME [in WORDS]</c> or <c>((…))</c>; records a <c>for … in</c> loop when <paramref name="keyword"/> (the offset of <c>for</c>) is not -1.</summary>
    private void ParseForHead(int keyword)
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
                var items = _sink.Words;
                int itemsMark = items.Mark;
                while (true)
                {
                    SkipBlanks();
                    if (_pos >= _end || IsSeparatorChar() || PeekCloser() is not null) break;
                    if (ReadWord() is { } item) items.Add(item);
                    else
                    {
                        Error($"unexpected '{_text[_pos]}'", _pos, 1);
                        _pos++;
                    }
                }
                var loopItems = items.Take(itemsMark);
                if (keyword >= 0) _sink.ForLoops.Add(new ShellForLoop(loopItems, SpanOf(keyword, Math.Max(keyword, _lastTokenEnd))));
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

            ParseBody(ShellCommandContext.Compound, ShellListKind.CaseItem);
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
        var words = _sink.Words;
        int wordsMark = words.Mark;
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
        var redirections = _sink.Redirections;
        int redirectionsMark = redirections.Mark;
        while (true)
        {
            SkipBlanks();
            if (!TryParseRedirection(redirections)) break;
        }
        return AddSimpleCommand(words.Take(wordsMark), [], redirections.Take(redirectionsMark), start);
    }

    private ShellCommand? ParseSimpleCommand()
    {
        int start = _pos;
        var words = _sink.Words;
        var assignments = _sink.Assignments;
        var redirections = _sink.Redirections;
        int wordsMark = words.Mark, assignmentsMark = assignments.Mark, redirectionsMark = redirections.Mark;

        while (true)
        {
            SkipBlanks();
            if (_pos >= _end) break;
            if (TryParseRedirection(redirections)) continue;

            char c = _text[_pos];
            if (c is ';' or '&' or '|' or '\n' or ')') break;
            if (c == '(')
            {
                if (words.CountSince(wordsMark) == 1 && assignments.CountSince(assignmentsMark) == 0 && IsFunctionParens())
                {
                    words.Take(wordsMark);
                    assignments.Take(assignmentsMark);
                    redirections.Take(redirectionsMark);
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
            if (words.CountSince(wordsMark) == 0 && AsAssignment(word) is { } assignment) assignments.Add(assignment);
            else words.Add(word);
        }

        var commandWords = words.Take(wordsMark);
        var commandAssignments = assignments.Take(assignmentsMark);
        var commandRedirections = redirections.Take(redirectionsMark);
        if (commandWords.IsEmpty && commandAssignments.IsEmpty && commandRedirections.IsEmpty) return null;
        return AddSimpleCommand(commandWords, commandAssignments, commandRedirections, start);
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
        ParseInlineScript(sink, script, value);
    }

    // Apart from AddCommand so that the closure below is made only for a command with a script argument, not for
    // every command.
    private static void ParseInlineScript(ParseSink sink, ShellWord script, string value)
    {
        int count = script.OffsetCount;
        int fallback = script.Span.Start;
        sink.Depth++;
        var nested = new ShellSyntaxParser(value,
            ShellTextMap.Of(i => i < count ? script.OffsetAt(i) : count > 0 ? script.OffsetAt(count - 1) + 1 : fallback), sink, ShellCommandContext.ShellArgument);
        nested.Run();
        sink.Depth--;
    }

    private ShellAssignment? AsAssignment(ShellWord word)
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
        int bracket = text.AsSpan(0, i).IndexOf('[');
        return new ShellAssignment(_sink.StringOf(text, 0, bracket < 0 ? i : bracket), word, append);
    }
}
