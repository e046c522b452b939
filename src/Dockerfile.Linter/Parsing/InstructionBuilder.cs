using System.Collections.Frozen;
using System.Collections.Immutable;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing.Grammar;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Parsing;

/// <summary>Line-level facts of an instruction that come from the scanner rather than from its text.</summary>
internal sealed record InstructionFrame(
    TextSpan FullSpan, int StartLine, int EndLine, ImmutableArray<string> PrecedingComments,
    ImmutableArray<Heredoc> Heredocs, int SpanEnd);

/// <summary>Builds a typed <see cref="Instruction"/> from a logical line, shaping arguments per keyword as BuildKit does.</summary>
internal sealed class InstructionBuilder
{
    private static readonly FrozenDictionary<string, InstructionKind> Keywords = new Dictionary<string, InstructionKind>
    {
        ["from"] = InstructionKind.From, ["run"] = InstructionKind.Run, ["cmd"] = InstructionKind.Cmd,
        ["label"] = InstructionKind.Label, ["maintainer"] = InstructionKind.Maintainer,
        ["expose"] = InstructionKind.Expose, ["env"] = InstructionKind.Env, ["add"] = InstructionKind.Add,
        ["copy"] = InstructionKind.Copy, ["entrypoint"] = InstructionKind.Entrypoint,
        ["volume"] = InstructionKind.Volume, ["user"] = InstructionKind.User, ["workdir"] = InstructionKind.Workdir,
        ["arg"] = InstructionKind.Arg, ["onbuild"] = InstructionKind.Onbuild,
        ["stopsignal"] = InstructionKind.Stopsignal, ["healthcheck"] = InstructionKind.Healthcheck,
        ["shell"] = InstructionKind.Shell,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly string _line;
    private readonly SourceMap _map;
    private readonly char _escape;
    private readonly List<ParseDiagnostic> _diagnostics;
    private readonly StringPool _pool;
    private int _nesting;

    // ONBUILD ONBUILD … is rejected later by BuildKit anyway; past this depth the rest stays unparsed text.
    private const int MaxOnbuildNesting = 64;

    /// <summary>Creates a builder for one logical line.</summary>
    public InstructionBuilder(string line, SourceMap map, char escape, List<ParseDiagnostic> diagnostics, StringPool? pool = null)
    {
        _pool = pool ?? new StringPool();
        _line = line;
        _map = map;
        _escape = escape;
        _diagnostics = diagnostics;
    }

    /// <summary>Looks up a keyword (case-insensitive).</summary>
    public static InstructionKind KindOf(string keyword) =>
        Keywords.TryGetValue(keyword, out var kind) ? kind : InstructionKind.Unknown;

    /// <summary>Builds the instruction held in [start, end) of the line.</summary>
    public Instruction Build(int start, int end, InstructionFrame frame)
    {
        var head = CommandSplitter.Split(_line, start, end, _escape);
        var kind = KindOf(head.Keyword);
        var flags = head.Flags.Select(MakeFlag).ToImmutableArray();
        var span = Src(head.Start, head.End);
        if (frame.SpanEnd > span.End) span = TextSpan.FromBounds(span.Start, frame.SpanEnd);
        var common = new Common(
            Word(head.Start, head.KeywordEnd), flags, frame.Heredocs,
            _pool.Get(_line, start, end), start == 0 ? _map : _map.Slice(start),
            frame.FullSpan, Src(head.ArgsStart, head.ArgsEnd), frame.StartLine, frame.EndLine,
            frame.PrecedingComments, span);
        int a = head.ArgsStart, e = head.ArgsEnd;
        return kind switch
        {
            InstructionKind.From => BuildFrom(common, a, e),
            InstructionKind.Run => BuildRun(common, a, e),
            InstructionKind.Cmd or InstructionKind.Entrypoint or InstructionKind.Shell => BuildCommand(common, kind, a, e),
            InstructionKind.Copy or InstructionKind.Add => BuildFileTransfer(common, kind, a, e),
            InstructionKind.Volume => BuildVolume(common, a, e),
            InstructionKind.Expose => BuildExpose(common, a, e),
            InstructionKind.Env or InstructionKind.Label => BuildKeyValue(common, kind, a, e),
            InstructionKind.Arg => BuildArg(common, a, e),
            InstructionKind.User => BuildUser(common, a, e),
            InstructionKind.Workdir => new WorkdirInstruction { Path = Whole(a, e), Span = span, Keyword = common.Keyword, Flags = flags, Heredocs = common.Heredocs, LogicalText = common.LogicalText, Map = common.Map, FullSpan = common.FullSpan, ArgumentsSpan = common.ArgumentsSpan, StartLine = common.StartLine, EndLine = common.EndLine, PrecedingComments = common.Comments },
            InstructionKind.Maintainer => new MaintainerInstruction { Name = Whole(a, e), Span = span, Keyword = common.Keyword, Flags = flags, Heredocs = common.Heredocs, LogicalText = common.LogicalText, Map = common.Map, FullSpan = common.FullSpan, ArgumentsSpan = common.ArgumentsSpan, StartLine = common.StartLine, EndLine = common.EndLine, PrecedingComments = common.Comments },
            InstructionKind.Stopsignal => new StopsignalInstruction { Signal = Whole(a, e), Span = span, Keyword = common.Keyword, Flags = flags, Heredocs = common.Heredocs, LogicalText = common.LogicalText, Map = common.Map, FullSpan = common.FullSpan, ArgumentsSpan = common.ArgumentsSpan, StartLine = common.StartLine, EndLine = common.EndLine, PrecedingComments = common.Comments },
            InstructionKind.Healthcheck => BuildHealthcheck(common, a, e),
            InstructionKind.Onbuild => BuildOnbuild(common, a, e, frame),
            _ => new UnknownInstruction { ArgumentsText = _pool.Get(_line, a, e), Span = span, Keyword = common.Keyword, Flags = flags, Heredocs = common.Heredocs, LogicalText = common.LogicalText, Map = common.Map, FullSpan = common.FullSpan, ArgumentsSpan = common.ArgumentsSpan, StartLine = common.StartLine, EndLine = common.EndLine, PrecedingComments = common.Comments },
        };
    }

    private sealed record Common(
        Word Keyword, ImmutableArray<Flag> Flags, ImmutableArray<Heredoc> Heredocs, string LogicalText, SourceMap Map,
        TextSpan FullSpan, TextSpan ArgumentsSpan, int StartLine, int EndLine, ImmutableArray<string> Comments, TextSpan Span);

    private TextSpan Src(int start, int end) => _map.ToSource(start, end - start);

    private Word Word(int start, int end) => new() { Text = _pool.Get(_line, start, end), Span = Src(start, end) };

    private Word? Whole(int start, int end) => start < end ? Word(start, end) : null;

    private void Error(string id, string message, TextSpan span) => _diagnostics.Add(new ParseDiagnostic
    {
        Id = id, Severity = Severity.Error, Message = message, Span = span,
    });

    private Flag MakeFlag(RawFlag raw)
    {
        string text = raw.Text;
        int eq = text.IndexOf('=');
        string name = _pool.Get(text, 2, eq < 0 ? text.Length : eq);
        string? value = eq < 0 ? null : _pool.Get(text, eq + 1, text.Length);
        int rawEq = _line.IndexOf('=', raw.Start, raw.End - raw.Start);
        TextSpan nameSpan = rawEq < 0 || eq < 0 ? Src(raw.Start, raw.End) : Src(raw.Start, rawEq);
        TextSpan? valueSpan = eq < 0 ? null : rawEq < 0 ? Src(raw.End, raw.End) : Src(rawEq + 1, raw.End);
        return new Flag
        {
            Raw = Word(raw.Start, raw.End), Name = name, NameSpan = nameSpan, Value = value, ValueSpan = valueSpan,
            Span = Src(raw.Start, raw.End),
        };
    }

    // reWhitespace.Split on the trimmed arguments.
    private ImmutableArray<(int Start, int End)> WhitespaceWords(int start, int end) =>
        ArgumentShapeGrammar.SplitBlankSeparated(_line, start, end);

    private ImmutableArray<Word> Words(IEnumerable<(int Start, int End)> ranges) =>
        ranges.Select(r => Word(r.Start, r.End)).ToImmutableArray();

    // JSON array detection; reports the non-string error. Returns null for "not JSON".
    private ImmutableArray<Word>? JsonWords(int start, int end, out bool failed)
    {
        failed = false;
        if (start >= end || _line[start] != '[') return null;
        var outcome = JsonArrayGrammar.Parse(_line[start..end], out var elements);
        if (outcome == JsonArrayOutcome.NotJson) return null;
        if (outcome == JsonArrayOutcome.NonString)
        {
            failed = true;
            Error(ParseDiagnosticIds.JsonNonString, "when using JSON array syntax, arrays must be comprised of strings only", Src(start, end));
            return null;
        }
        return elements.Select(el => new Word { Text = _pool.Get(el.Value!), Span = Src(start + el.Start, start + el.End) }).ToImmutableArray();
    }

    private CommandForm? Command(int start, int end, out bool json)
    {
        json = false;
        if (start >= end) return null;
        var elements = JsonWords(start, end, out bool failed);
        if (failed) return null;
        if (elements is { } els)
        {
            json = true;
            return new ExecForm { Elements = els, Span = Src(start, end) };
        }
        return new ShellForm { Text = _pool.Get(_line, start, end), Map = _map.Slice(start), Span = Src(start, end) };
    }

    private FromInstruction BuildFrom(Common c, int a, int e)
    {
        var words = Words(WhitespaceWords(a, e));
        ImageReference? image = words.Length > 0 ? ImageReference.Parse(words[0].Text, words[0].Span) : null;
        bool hasAs = words.Length >= 2 && words[1].Text.Equals("as", StringComparison.OrdinalIgnoreCase);
        return new FromInstruction
        {
            Image = image, AsKeyword = hasAs ? words[1] : null, StageName = hasAs && words.Length >= 3 ? words[2] : null,
            Words = words,
            Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
        };
    }

    private RunInstruction BuildRun(Common c, int a, int e)
    {
        var command = Command(a, e, out bool json);
        var mounts = c.Flags.Where(f => f.Name == "mount" && f.Value is not null).Select(MountParser.Parse).ToImmutableArray();
        return new RunInstruction
        {
            Command = command, Mounts = mounts, IsJsonForm = json,
            Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
        };
    }

    private Instruction BuildCommand(Common c, InstructionKind kind, int a, int e)
    {
        var command = Command(a, e, out bool json);
        if (kind == InstructionKind.Cmd)
            return new CmdInstruction
            {
                Command = command, IsJsonForm = json,
                Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
            };
        if (kind == InstructionKind.Entrypoint)
            return new EntrypointInstruction
            {
                Command = command, IsJsonForm = json,
                Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
            };
        return new ShellInstruction
        {
            Command = command, IsJsonForm = json,
            Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
        };
    }

    private ImmutableArray<Word> ListWords(int a, int e, out bool json)
    {
        var jsonWords = JsonWords(a, e, out bool failed);
        json = jsonWords is not null;
        if (failed) return [];
        return jsonWords ?? Words(WhitespaceWords(a, e));
    }

    private Instruction BuildFileTransfer(Common c, InstructionKind kind, int a, int e)
    {
        var words = ListWords(a, e, out bool json);
        var sources = words.Length >= 2 ? words[..^1] : [];
        Word? destination = words.Length >= 2 ? words[^1] : null;
        if (kind == InstructionKind.Copy)
            return new CopyInstruction
            {
                Words = words, Sources = sources, Destination = destination, IsJsonForm = json,
                Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
            };
        return new AddInstruction
        {
            Words = words, Sources = sources, Destination = destination, IsJsonForm = json,
            Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
        };
    }

    private VolumeInstruction BuildVolume(Common c, int a, int e) => new()
    {
        Paths = ListWords(a, e, out bool json), IsJsonForm = json,
        Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
    };

    private ExposeInstruction BuildExpose(Common c, int a, int e) => new()
    {
        Ports = Words(WhitespaceWords(a, e)).Select(ExposePortParser.Parse).ToImmutableArray(),
        Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
    };

    private List<(int Start, int End)> QuotedWords(int a, int e) =>
        QuotedWordsGrammar.Split(_line, a, e, _escape).ToList();

    private Instruction BuildKeyValue(Common c, InstructionKind kind, int a, int e)
    {
        var pairs = ImmutableArray.CreateBuilder<KeyValue>();
        var words = a < e ? QuotedWords(a, e) : [];
        string keyword = kind == InstructionKind.Env ? "ENV" : "LABEL";
        if (words.Count > 0 && _line.IndexOf('=', words[0].Start, words[0].End - words[0].Start) < 0)
        {
            int split = a;
            while (split < e && !GoText.IsTokenSpace(_line[split])) split++;
            int valueStart = split;
            while (valueStart < e && GoText.IsTokenSpace(_line[valueStart])) valueStart++;
            if (split >= e)
                Error(kind == InstructionKind.Env ? ParseDiagnosticIds.EnvMissingValue : ParseDiagnosticIds.LabelMissingValue,
                    $"{keyword} must have two arguments", c.Span);
            else
                pairs.Add(new KeyValue { Key = Word(a, split), Value = Word(valueStart, e), IsLegacy = true, Span = Src(a, e) });
        }
        else
        {
            foreach (var (ws, we) in words)
            {
                int eq = _line.IndexOf('=', ws, we - ws);
                if (eq < 0)
                {
                    Error(kind == InstructionKind.Env ? ParseDiagnosticIds.EnvMissingEquals : ParseDiagnosticIds.LabelMissingEquals,
                        $"Syntax error - can't find = in {GoText.Quote(_line[ws..we])}. Must be of the form: name=value", Src(ws, we));
                    continue;
                }
                pairs.Add(new KeyValue { Key = Word(ws, eq), Value = Word(eq + 1, we), IsLegacy = false, Span = Src(ws, we) });
            }
        }
        if (kind == InstructionKind.Env)
            return new EnvInstruction
            {
                Pairs = pairs.ToImmutable(),
                Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
            };
        return new LabelInstruction
        {
            Pairs = pairs.ToImmutable(),
            Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
        };
    }

    private ArgInstruction BuildArg(Common c, int a, int e)
    {
        var declarations = ImmutableArray.CreateBuilder<ArgDeclaration>();
        if (a < e)
        {
            foreach (var (ws, we) in QuotedWords(a, e))
            {
                int eq = _line.IndexOf('=', ws, we - ws);
                declarations.Add(new ArgDeclaration
                {
                    Raw = Word(ws, we), Name = Word(ws, eq < 0 ? we : eq), DefaultValue = eq < 0 ? null : Word(eq + 1, we),
                    Span = Src(ws, we),
                });
            }
        }
        return new ArgInstruction
        {
            Declarations = declarations.ToImmutable(),
            Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
        };
    }

    private UserInstruction BuildUser(Common c, int a, int e)
    {
        var value = Whole(a, e);
        Word? user = null, group = null;
        if (value is not null)
        {
            int colon = _line.IndexOf(':', a, e - a);
            user = Word(a, colon < 0 ? e : colon);
            if (colon >= 0) group = Word(colon + 1, e);
        }
        return new UserInstruction
        {
            Value = value, User = user, Group = group,
            Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
        };
    }

    private HealthcheckInstruction BuildHealthcheck(Common c, int a, int e)
    {
        var (sep, next) = ArgumentShapeGrammar.SplitTypeAndCommand(_line, a, e);
        Word? type = sep > a ? Word(a, sep) : null;
        CommandForm? command = null;
        bool json = false;
        if (type is not null) command = Command(next, e, out json);
        return new HealthcheckInstruction
        {
            Type = type, Command = command, IsJsonForm = json,
            Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
        };
    }

    private OnbuildInstruction BuildOnbuild(Common c, int a, int e, InstructionFrame frame)
    {
        Instruction? trigger = null;
        if (a < e && _nesting >= MaxOnbuildNesting)
        {
            _diagnostics.Add(new ParseDiagnostic { Id = ParseDiagnosticIds.OnbuildTooDeep, Severity = Severity.Warning, Message = $"ONBUILD nested more than {MaxOnbuildNesting} levels; the rest is not parsed", Span = Src(a, e) });
        }
        else if (a < e)
        {
            var nestedSpan = Src(a, e);
            var nestedFrame = frame with
            {
                FullSpan = TextSpan.FromBounds(nestedSpan.Start, Math.Max(nestedSpan.End, frame.SpanEnd)),
                PrecedingComments = [],
            };
            _nesting++;
            trigger = Build(a, e, nestedFrame);
            _nesting--;
        }
        return new OnbuildInstruction
        {
            Trigger = trigger,
            Span = c.Span, Keyword = c.Keyword, Flags = c.Flags, Heredocs = c.Heredocs, LogicalText = c.LogicalText, Map = c.Map, FullSpan = c.FullSpan, ArgumentsSpan = c.ArgumentsSpan, StartLine = c.StartLine, EndLine = c.EndLine, PrecedingComments = c.Comments,
        };
    }
}
