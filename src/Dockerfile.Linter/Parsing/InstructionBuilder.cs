using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing.Grammar;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Parsing;

/// <summary>Line-level facts of an instruction that come from the scanner rather than from its text.</summary>
internal readonly record struct InstructionFrame(
    TextSpan FullSpan, int StartLine, int EndLine, ImmutableArray<string> PrecedingComments,
    ImmutableArray<Heredoc> Heredocs, int SpanEnd);

/// <summary>
/// Builds a typed <see cref="Instruction"/> from a logical line: the keyword/flags split, then the keyword's grammar
/// (<c>Parsing/Grammar</c>) over the arguments. Where the grammar fails on text BuildKit's parser accepts but its
/// instruction layer refuses, the node carries the refusal (<see cref="Instruction.Refusals"/>).
/// </summary>
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
    private readonly SourceText? _source;
    private readonly StringPool _pool;
    private readonly List<ParseDiagnostic> _diagnostics;
    private int _nesting;

    // ONBUILD ONBUILD … is rejected later by BuildKit anyway; past this depth the rest stays unparsed text.
    private const int MaxOnbuildNesting = 64;

    /// <summary>Creates a builder for one logical line; <paramref name="source"/> gives line:column in messages.</summary>
    public InstructionBuilder(string line, SourceMap map, char escape, List<ParseDiagnostic> diagnostics, SourceText? source = null,
        StringPool? pool = null)
    {
        _pool = pool ?? new StringPool();
        _line = line;
        _map = map;
        _escape = escape;
        _diagnostics = diagnostics;
        _source = source;
    }

    /// <summary>Looks up a keyword (case-insensitive).</summary>
    public static InstructionKind KindOf(string keyword) =>
        Keywords.TryGetValue(keyword, out var kind) ? kind : InstructionKind.Unknown;

    /// <summary>The arguments of one instruction being built: its header, their range and the refusals found.</summary>
    private sealed class Args(InstructionHeader header, string name, int start, int end, TextSpan lineSpan)
    {
        public InstructionHeader Header { get; } = header;

        /// <summary>The keyword upper-cased, as BuildKit names the instruction in its messages.</summary>
        public string Name { get; } = name;

        public int Start { get; } = start;

        public int End { get; } = end;

        /// <summary>Keyword to the end of the logical line (heredoc bodies left out).</summary>
        public TextSpan LineSpan { get; } = lineSpan;

        // most instructions have no refusal: the list is made on the first one
        private List<ParseDiagnostic>? _refusals;

        public int RefusalCount => _refusals?.Count ?? 0;

        public void AddRefusal(ParseDiagnostic refusal) => (_refusals ??= []).Add(refusal);

        public ImmutableArray<ParseDiagnostic> Refusals() => _refusals is null ? [] : [.. _refusals];

        public bool IsEmpty => Start >= End;
    }

    /// <summary>Builds the instruction held in [start, end) of the line.</summary>
    public Instruction Build(int start, int end, InstructionFrame frame)
    {
        var head = CommandSplitter.Split(_line, start, end, _escape);
        var kind = KindOf(head.Keyword);
        var span = Src(head.Start, head.End);
        if (frame.SpanEnd > span.End) span = TextSpan.FromBounds(span.Start, frame.SpanEnd);
        var header = new InstructionHeader
        {
            Span = span, Keyword = new Word { Text = _pool.Share(head.Keyword), Span = Src(head.Start, head.KeywordEnd) }, Flags = head.Flags.Count == 0 ? [] : [.. head.Flags.Select(MakeFlag)],
            PrecedingComments = frame.PrecedingComments, Heredocs = frame.Heredocs,
            LogicalText = _pool.Get(_line, start, end),
            Map = start == 0 ? _map : _map.Slice(start), FullSpan = frame.FullSpan,
            ArgumentsSpan = Src(head.ArgsStart, head.ArgsEnd), StartLine = frame.StartLine, EndLine = frame.EndLine,
        };
        var args = new Args(header, head.Keyword.ToUpperInvariant(), head.ArgsStart, head.ArgsEnd, Src(head.Start, head.End));
        return kind switch
        {
            InstructionKind.From => BuildFrom(args),
            InstructionKind.Run => BuildRun(args),
            InstructionKind.Cmd or InstructionKind.Entrypoint or InstructionKind.Shell => BuildCommand(args, kind),
            InstructionKind.Copy or InstructionKind.Add => BuildFileTransfer(args, kind),
            InstructionKind.Volume => BuildVolume(args),
            InstructionKind.Expose => BuildExpose(args),
            InstructionKind.Env or InstructionKind.Label => BuildKeyValue(args, kind),
            InstructionKind.Arg => BuildArg(args),
            InstructionKind.User => BuildUser(args),
            InstructionKind.Workdir => new WorkdirInstruction
            {
                Path = WholeArgument(args, WholeArgumentGrammar.WorkdirPath), Header = header, Span = span, Refusals = args.Refusals(),
            },
            InstructionKind.Maintainer => new MaintainerInstruction
            {
                Name = WholeArgument(args, WholeArgumentGrammar.MaintainerName), Header = header, Span = span, Refusals = args.Refusals(),
            },
            InstructionKind.Stopsignal => new StopsignalInstruction
            {
                Signal = WholeArgument(args, WholeArgumentGrammar.Signal), Header = header, Span = span, Refusals = args.Refusals(),
            },
            InstructionKind.Healthcheck => BuildHealthcheck(args),
            InstructionKind.Onbuild => BuildOnbuild(args, frame),
            _ => new UnknownInstruction { ArgumentsText = _pool.Get(_line, head.ArgsStart, head.ArgsEnd), Header = header, Span = span },
        };
    }

    private TextSpan Src(int start, int end) => _map.ToSource(start, end - start);

    private Word Word(int start, int end) => new() { Text = _pool.Get(_line, start, end), Span = Src(start, end) };

    private Word Word(Located<string> located, int at) => new()
    {
        Text = _pool.Share(located.Value), Span = Src(located.Start + at, located.End + at),
    };

    private Word? Whole(int start, int end) => start < end ? Word(start, end) : null;

    private void Error(string id, string message, TextSpan span) => _diagnostics.Add(new ParseDiagnostic
    {
        Id = id, Severity = Severity.Error, Message = message, Span = span,
    });

    /// <summary>
    /// Records what BuildKit refuses, with its exact text; when a grammar failed, what it expected where follows in
    /// parentheses ("expected a port number or range after EXPOSE at 3:8").
    /// </summary>
    private void Refuse(Args args, string buildKitText, TextSpan span, GrammarFailure? failure = null,
        string id = ParseDiagnosticIds.InstructionRefused) =>
        RefuseAt(args, buildKitText, span, failure?.Expected, failure is { } f ? _map.ToSource(f.Offset) : null, id);

    // The same, with the failure's place as a source offset (a flag's value is parsed apart from the line).
    private void RefuseAt(Args args, string buildKitText, TextSpan span, string? expected, int? sourceOffset,
        string id = ParseDiagnosticIds.InstructionRefused)
    {
        string message = buildKitText;
        if (expected is not null && sourceOffset is { } offset)
        {
            string at = _source is null ? "" : " at " + _source.GetLinePosition(offset);
            message += $" (expected {expected} after {args.Name}{at})";
        }
        args.AddRefusal(new ParseDiagnostic
        {
            Id = id, Severity = Severity.Error, Message = message, Span = span,
        });
    }

    private Flag MakeFlag(RawFlag raw)
    {
        if (!GrammarParts.TryParse(FlagGrammar.NameAndValue, raw.Text, 0, raw.Text.Length, out var parts, out _))
            parts = new DeclarationText(new Located<string>(raw.Text, 0, raw.Text.Length), null);
        string name = _pool.Get(parts.Name.Value);
        string? value = parts.Default is { } v ? _pool.Get(v.Value) : null;
        // the same grammar over the flag as written gives the ranges (quotes may hide or move the '='); a flag
        // written as read (the common case) has them already
        var written = parts;
        if (raw.End - raw.Start != raw.Text.Length || string.CompareOrdinal(_line, raw.Start, raw.Text, 0, raw.Text.Length) != 0)
            GrammarParts.TryParse(FlagGrammar.NameAndValue, _line, raw.Start, raw.End, out written, out _);
        var writtenValue = written.Default;
        TextSpan nameSpan = value is null || writtenValue is null ? Src(raw.Start, raw.End) : Src(raw.Start, raw.Start + written.Name.End);
        TextSpan? valueSpan = value is null ? null
            : writtenValue is { } wv ? Src(raw.Start + wv.Start, raw.Start + wv.End) : Src(raw.End, raw.End);
        return new Flag
        {
            Raw = Word(raw.Start, raw.End), Name = name, NameSpan = nameSpan, Value = value, ValueSpan = valueSpan,
            Span = Src(raw.Start, raw.End),
        };
    }

    private ImmutableArray<Word> BlankWords(Args args)
    {
        if (args.IsEmpty) return [];
        GrammarParts.TryParse(GrammarParts.BlankWords, _line, args.Start, args.End, out var words, out _);
        return words is null ? [] : [.. words.Select(w => Word(w, args.Start))];
    }

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
        return [.. elements.Select(el => new Word { Text = _pool.Get(el.Value!), Span = Src(start + el.Start, start + el.End) })];
    }

    private CommandForm? Command(int start, int end, out bool json, out bool failed)
    {
        json = false;
        failed = false;
        if (start >= end) return null;
        var elements = JsonWords(start, end, out failed);
        if (failed) return null;
        if (elements is { } els)
        {
            json = true;
            return new ExecForm { Elements = els, Span = Src(start, end) };
        }
        GrammarParts.TryParse(CommandFormGrammar.ShellForm, _line, start, end, out var text, out _);
        return new ShellForm { Text = _pool.Share(text.Value), Map = _map.Slice(start), Span = Src(start, end) };
    }

    private FromInstruction BuildFrom(Args args)
    {
        Word? asKeyword = null, stageName = null;
        Located<string>? image;
        if (GrammarParts.TryParse(FromGrammar.Arguments, _line, args.Start, args.End, out var parsed, out var failure))
        {
            image = parsed.Image;
            if (parsed.AsKeyword is { } kw) asKeyword = Word(kw, args.Start);
            if (parsed.StageName is { } name) stageName = Word(name, args.Start);
        }
        else
        {
            image = RefuseFrom(args, failure, out asKeyword, out stageName);
        }
        return new FromInstruction
        {
            Image = image is { } i ? Image(i.Shift(args.Start)) : null, AsKeyword = asKeyword,
            StageName = stageName, Words = BlankWords(args), Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals(),
        };
    }

    // Refused arguments are read again, loosely, for the tree; returns the image word when there is one.
    private Located<string>? RefuseFrom(Args args, GrammarFailure failure, out Word? asKeyword, out Word? stageName)
    {
        asKeyword = stageName = null;
        GrammarParts.TryParse(FromGrammar.Shape, _line, args.Start, args.End, out var shape, out _);
        if (shape?.AsKeyword is { } kw)
        {
            // BuildKit still names the stage when the name is invalid (it then refuses it); so does the tree.
            asKeyword = Word(kw, args.Start);
            stageName = shape.StageName is { } name ? Word(name, args.Start) : null;
            if (stageName is not null && shape.ExtraWords == 0)
                Refuse(args, $"invalid name for build stage: {GoText.Quote(stageName.Text)}, name can't start with a number or contain symbols", stageName.Span, failure);
            else
                Refuse(args, "FROM requires either one or three arguments", args.LineSpan, failure);
        }
        else
        {
            Refuse(args, "FROM requires either one or three arguments", args.LineSpan, failure);
        }
        return shape?.Image;
    }

    private ImageReference Image(Located<string> image) =>
        ImageReferenceReader.Read(_pool.Share(image.Value), Src(image.Start, image.End),
            (start, end) => Src(image.Start + start, image.Start + end), _pool);

    private RunInstruction BuildRun(Args args)
    {
        var command = Command(args.Start, args.End, out bool json, out bool failed);
        // parseRun: no arguments at all (`RUN`, `RUN --mount=…`, `RUN []`) is refused; a heredoc marker is an argument.
        if (!failed && (command is null || command is ExecForm { Elements.Length: 0 }))
            Refuse(args, "RUN requires at least one argument", args.LineSpan);
        return new RunInstruction
        {
            Command = command, IsJsonForm = json,
            Mounts = args.Header.Flags.IsEmpty ? [] : [.. args.Header.Flags.Where(f => f.Name == "mount" && f.Value is not null).Select(MountParser.Parse)],
            Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals(),
        };
    }

    private CommandInstruction BuildCommand(Args args, InstructionKind kind)
    {
        var command = Command(args.Start, args.End, out bool json, out bool failed);
        if (kind == InstructionKind.Cmd)
            return new CmdInstruction { Command = command, IsJsonForm = json, Header = args.Header, Span = args.Header.Span };
        if (kind == InstructionKind.Entrypoint)
            return new EntrypointInstruction { Command = command, IsJsonForm = json, Header = args.Header, Span = args.Header.Span };
        if (!failed)
        {
            // parseShell: an empty list (SHELL, SHELL []) and the shell form are both refused.
            if (command is null || command is ExecForm { Elements.Length: 0 })
                Refuse(args, "SHELL requires at least one argument", args.LineSpan);
            else if (!json)
                Refuse(args, "SHELL requires the arguments to be in JSON form", command.Span);
        }
        return new ShellInstruction
        {
            Command = command, IsJsonForm = json, Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals(),
        };
    }

    private ImmutableArray<Word> ListWords(Args args, out bool json, out bool failed)
    {
        var jsonWords = JsonWords(args.Start, args.End, out failed);
        json = jsonWords is not null;
        if (failed) return [];
        return jsonWords ?? BlankWords(args);
    }

    private Instruction BuildFileTransfer(Args args, InstructionKind kind)
    {
        var words = ListWords(args, out bool json, out bool failed);
        ImmutableArray<Word> sources = [];
        Word? destination = null;
        GrammarFailure? failure = null;
        if (json)
        {
            if (words.Length >= 2) (sources, destination) = (words[..^1], words[^1]);
        }
        else if (GrammarParts.TryParse(SourcesAndDestinationGrammar.Arguments, _line, args.Start, args.End, out var parsed, out var f))
        {
            // the same words as the argument list in the usual case: shared, not made twice
            if (SameWords(words, parsed.Sources, parsed.Destination, args.Start))
            {
                sources = words[..^1];
                destination = words[^1];
            }
            else
            {
                sources = [.. parsed.Sources.Select(w => Word(w, args.Start))];
                destination = Word(parsed.Destination, args.Start);
            }
        }
        else
        {
            failure = f;
        }
        if (!failed)
        {
            if (destination is null)
                Refuse(args, $"{args.Name} requires at least two arguments, but only one was provided. Destination could not be determined", args.LineSpan, failure);
            else if (IsHeredocWord(destination.Text))
                Refuse(args, $"{args.Name} cannot accept a heredoc as a destination", destination.Span);
        }
        if (kind == InstructionKind.Copy)
            return new CopyInstruction
            {
                Words = words, Sources = sources, Destination = destination, IsJsonForm = json,
                Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals(),
            };
        return new AddInstruction
        {
            Words = words, Sources = sources, Destination = destination, IsJsonForm = json,
            Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals(),
        };
    }

    private bool SameWords(ImmutableArray<Word> words, ImmutableArray<Located<string>> sources, Located<string> destination, int at)
    {
        if (words.Length != sources.Length + 1) return false;
        for (int i = 0; i < words.Length; i++)
        {
            var w = i < sources.Length ? sources[i] : destination;
            if (words[i].Text != w.Value || words[i].Span != Src(w.Start + at, w.End + at)) return false;
        }
        return true;
    }

    // parser.MustParseHeredoc: the heredoc pattern with a delimiter that lexes to exactly one word.
    private static bool IsHeredocWord(string word) =>
        HeredocMarkerGrammar.Match(word) is { Rest.Length: > 0 } marker &&
        ShellWordLexer.Split(marker.Rest, 0, marker.Rest.Length, rawQuotes: false, rawEscapes: false) is { Count: 1 };

    private VolumeInstruction BuildVolume(Args args)
    {
        var paths = ListWords(args, out bool json, out bool failed);
        if (!failed)
        {
            if (paths.Length == 0)
            {
                GrammarParts.TryParse(SourcesAndDestinationGrammar.VolumePaths, _line, args.Start, args.End, out _, out var f);
                Refuse(args, "VOLUME requires at least one argument", args.LineSpan, json ? null : f);
            }
            else if (paths.FirstOrDefault(p => p.Text.Trim(GoSpace).Length == 0) is { } blank)
            {
                Refuse(args, "VOLUME specified can not be an empty string", blank.Span);
            }
        }
        return new VolumeInstruction
        {
            Paths = paths, IsJsonForm = json, Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals(),
        };
    }

    // strings.TrimSpace's ASCII blanks (and the Unicode ones it also trims, which .NET's Trim() covers).
    private static readonly char[] GoSpace = [' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00A0'];

    private ExposeInstruction BuildExpose(Args args)
    {
        var ports = ImmutableArray.CreateBuilder<ExposePort>();
        if (args.IsEmpty)
        {
            GrammarParts.TryParse(GrammarParts.BlankWord.Labelled("a port number or range"), _line, args.Start, args.End, out _, out var f);
            Refuse(args, "EXPOSE requires at least one argument", args.LineSpan, f);
        }
        else if (GrammarParts.TryParse(GrammarParts.BlankWords, _line, args.Start, args.End, out var words, out _))
        {
            foreach (var word in words) ports.Add(ExposePort(args, word.Shift(args.Start)));
        }
        return new ExposeInstruction
        {
            Ports = ports.ToImmutable(), Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals(),
        };
    }

    private ExposePort ExposePort(Args args, Located<string> located)
    {
        var word = Word(located, 0);
        string text = word.Text;
        if (text.Contains('$'))
            return new ExposePort { Raw = word, Port = null, EndPort = null, Protocol = null, HasHostPart = false, Span = word.Span };
        int at = located.Start;
        GrammarParts.TryParse(ExposeGrammar.Spec, _line, at, at + text.Length, out var spec, out _);
        var container = spec.ContainerPart;
        GrammarParts.TryParse(ExposeGrammar.ContainerPart, _line, at + container.Start, at + container.End, out var split, out _);
        int portAt = at + container.Start;
        var (portText, protocol) = (split.Port, split.Protocol);
        bool valid = GrammarParts.TryParse(ExposeGrammar.PortRange, _line, portAt + portText.Start, portAt + portText.End, out var range, out var failure);
        int? port, endPort;
        if (valid)
        {
            port = ExposeGrammar.LooseNumber(range.Start.Value);
            endPort = range.End is { } end ? ExposeGrammar.LooseNumber(end.Value) : null;
        }
        else
        {
            var loose = GrammarParts.Shape(ExposeGrammar.LooseRange, portText.Value);
            port = ExposeGrammar.LooseNumber(loose.Start);
            endPort = loose.End is { } end ? ExposeGrammar.LooseNumber(end) : null;
        }
        if (!text.Contains('\'') && !text.Contains('"') && !text.Contains(_escape))
            CheckPortSpec(args, word, spec.HostPort?.Value ?? "", portText.Value, protocol?.Value, valid ? null : failure);
        return new ExposePort
        {
            Raw = word, Port = port, EndPort = endPort, Protocol = protocol?.Value, HasHostPart = spec.HostPort is not null, Span = word.Span,
        };
    }

    // nat.ParsePortSpec, which BuildKit's dispatch runs on each EXPOSE word (after expansion; only literal words here).
    private void CheckPortSpec(Args args, Word word, string hostPort, string containerPort, string? protocol, GrammarFailure? failure)
    {
        if (containerPort.Length == 0)
        {
            Refuse(args, $"no port specified: {word.Text}<empty>", word.Span, failure);
            return;
        }
        string proto = (protocol is null or "" ? "tcp" : protocol).ToLowerInvariant();
        if (proto is not ("tcp" or "udp" or "sctp"))
        {
            Refuse(args, "invalid proto: " + proto, word.Span);
            return;
        }
        if (PortRangeOf(containerPort) is not { } container)
        {
            Refuse(args, "invalid containerPort: " + containerPort, word.Span, failure);
            return;
        }
        if (hostPort.Length == 0) return;
        if (PortRangeOf(hostPort) is not { } host)
            Refuse(args, "invalid hostPort: " + hostPort, word.Span);
        else if (container.End - container.Start != host.End - host.Start && container.End != container.Start)
            Refuse(args, $"invalid ranges specified for container and host Ports: {containerPort} and {hostPort}", word.Span);
    }

    // parsePortRange: "start" or "start-end", each strconv.ParseUint(…, 10, 16), end not below start.
    private static (int Start, int End)? PortRangeOf(string text)
    {
        var (startText, endText) = GrammarParts.Shape(ExposeGrammar.LooseRange, text);
        if (ExposeGrammar.PortValue(startText) is not { } start) return null;
        if (endText is null || startText == endText) return (start, start);
        if (ExposeGrammar.PortValue(endText) is not { } end || end < start) return null;
        return (start, end);
    }

    private List<(int Start, int End)> QuotedWords(int a, int e) =>
        QuotedWordsGrammar.Split(_line, a, e, _escape);

    private Instruction BuildKeyValue(Args args, InstructionKind kind)
    {
        int a = args.Start, e = args.End;
        var words = a < e ? QuotedWords(a, e) : [];
        var pairs = new KeyValuePairs(words.Count);
        bool env = kind == InstructionKind.Env;
        if (words.Count == 0)
        {
            GrammarParts.TryParse(KeyValueGrammar.LegacyPair, _line, a, e, out _, out var f);
            Refuse(args, $"{args.Name} requires at least one argument", args.LineSpan, f);
        }
        else if (!GrammarParts.TryParse(KeyValueGrammar.Pair, _line, words[0].Start, words[0].End, out _, out _))
        {
            if (GrammarParts.TryParse(KeyValueGrammar.LegacyPair, _line, a, e, out var pair, out _))
                AddPair(ref pairs, pair, a, Src(a, e));
            else
                Error(env ? ParseDiagnosticIds.EnvMissingValue : ParseDiagnosticIds.LabelMissingValue,
                    $"{(env ? "ENV" : "LABEL")} must have two arguments", args.Header.Span);
        }
        else
        {
            foreach (var (ws, we) in words)
            {
                if (!GrammarParts.TryParse(KeyValueGrammar.Pair, _line, ws, we, out var pair, out _))
                {
                    Error(env ? ParseDiagnosticIds.EnvMissingEquals : ParseDiagnosticIds.LabelMissingEquals,
                        $"Syntax error - can't find = in {GoText.Quote(_line[ws..we])}. Must be of the form: name=value", Src(ws, we));
                    continue;
                }
                if (pair.Key.Value.Length == 0 && args.RefusalCount == 0)
                    Refuse(args, $"{args.Name} names can not be blank", Src(ws, we));
                AddPair(ref pairs, pair, ws, Src(ws, we));
            }
        }
        if (pairs.Objects() is { } objects)
        {
            var list = ImmutableCollectionsMarshal.AsImmutableArray(objects);
            if (env) return new EnvInstruction { Pairs = list, Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals() };
            return new LabelInstruction { Pairs = list, Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals() };
        }
        if (env) return new EnvInstruction(pairs.Slots()) { Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals() };
        return new LabelInstruction(pairs.Slots()) { Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals() };
    }

    private void AddPair(ref KeyValuePairs pairs, PairText pair, int at, TextSpan span) =>
        pairs.Add(_pool.Share(pair.Key.Value), Src(pair.Key.Start + at, pair.Key.End + at),
            _pool.Share(pair.Value.Value), Src(pair.Value.Start + at, pair.Value.End + at), pair.IsLegacy, span);

    private ArgInstruction BuildArg(Args args)
    {
        var declarations = ImmutableArray.CreateBuilder<ArgDeclaration>();
        if (args.IsEmpty)
        {
            GrammarParts.TryParse(GrammarParts.BlankWord.Labelled("a name"), _line, args.Start, args.End, out _, out var f);
            Refuse(args, "ARG requires at least one argument", args.LineSpan, f);
        }
        else
        {
            foreach (var (ws, we) in QuotedWords(args.Start, args.End))
            {
                GrammarParts.TryParse(KeyValueGrammar.Declaration, _line, ws, we, out var declaration, out _);
                var name = Word(declaration.Name, ws);
                if (name.Text.Length == 0 && declaration.Default is not null && args.RefusalCount == 0)
                    Refuse(args, "ARG names can not be blank", Src(ws, we));
                declarations.Add(new ArgDeclaration
                {
                    Raw = Word(ws, we), Name = name,
                    DefaultValue = declaration.Default is { } value ? Word(value, ws) : null, Span = Src(ws, we),
                });
            }
        }
        return new ArgInstruction
        {
            Declarations = declarations.ToImmutable(), Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals(),
        };
    }

    private Word? WholeArgument(Args args, Pidgin.Parser<char, Located<string>> grammar)
    {
        if (GrammarParts.TryParse(grammar, _line, args.Start, args.End, out var value, out var failure))
            return Word(value, args.Start);
        Refuse(args, $"{args.Name} requires exactly one argument", args.LineSpan, failure);
        return null;
    }

    private UserInstruction BuildUser(Args args)
    {
        Word? value = null, user = null, group = null;
        if (GrammarParts.TryParse(UserGrammar.Argument, _line, args.Start, args.End, out var parsed, out var failure))
        {
            value = Word(parsed.Value, args.Start);
            user = Word(parsed.User, args.Start);
            group = parsed.Group is { } g ? Word(g, args.Start) : null;
        }
        else
        {
            Refuse(args, "USER requires exactly one argument", args.LineSpan, failure);
        }
        return new UserInstruction
        {
            Value = value, User = user, Group = group, Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals(),
        };
    }

    private HealthcheckInstruction BuildHealthcheck(Args args)
    {
        Word? type = null;
        CommandForm? command = null;
        bool json = false;
        var options = ImmutableArray<HealthcheckOption>.Empty;
        if (GrammarParts.TryParse(HealthcheckGrammar.Head, _line, args.Start, args.End, out var head, out var failure))
        {
            type = Word(head.Type, args.Start);
            int next = args.Start + head.CommandStart;
            command = Command(next, args.End, out json, out bool failed);
            bool none = type.Text.Equals("NONE", StringComparison.OrdinalIgnoreCase);
            bool cmd = type.Text.Equals("CMD", StringComparison.OrdinalIgnoreCase);
            if (!failed)
            {
                bool noCommand = command is null or ExecForm { Elements.Length: 0 };
                if (none && !noCommand)
                {
                    Refuse(args, "HEALTHCHECK NONE takes no arguments", command!.Span);
                }
                else if (cmd && noCommand)
                {
                    GrammarParts.TryParse(CommandFormGrammar.ShellForm, _line, next, args.End, out _, out var f);
                    Refuse(args, "Missing command after HEALTHCHECK CMD", args.LineSpan, command is null ? f : null);
                }
            }
            if (!none && !cmd)
                Refuse(args, $"Unknown type {GoText.Quote(type.Text.ToUpperInvariant())} in HEALTHCHECK (try CMD)", type.Span,
                    new GrammarFailure(head.Type.Start + args.Start, "NONE or CMD"));
            // parseHealthcheck reads the options of every type but NONE
            if (!none) options = HealthcheckOptions(args);
        }
        else
        {
            Refuse(args, "HEALTHCHECK requires at least one argument", args.LineSpan, failure);
        }
        return new HealthcheckInstruction
        {
            Type = type, Command = command, IsJsonForm = json, Options = options,
            Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals(),
        };
    }

    private ImmutableArray<HealthcheckOption> HealthcheckOptions(Args args)
    {
        var options = ImmutableArray.CreateBuilder<HealthcheckOption>();
        foreach (var flag in args.Header.Flags)
        {
            // an empty value means "not set"; values with variables are left alone
            if (flag.Value is not { Length: > 0 } value || value.Contains('$')) continue;
            bool isDuration = Array.IndexOf(HealthcheckGrammar.DurationOptions, flag.Name) >= 0;
            if (!isDuration && flag.Name != "retries") continue;
            string? error;
            GrammarFailure? failure;
            var option = isDuration
                ? new HealthcheckOption { Flag = flag, Span = flag.Span, Duration = HealthcheckGrammar.DurationValue(flag.Name, value, out error, out failure) }
                : new HealthcheckOption { Flag = flag, Span = flag.Span, Retries = HealthcheckGrammar.RetriesValue(value, out error, out failure) };
            options.Add(option);
            if (error is null) continue;
            var span = flag.ValueSpan ?? flag.Span;
            // the failure's offset counts in the value; it is a source offset too when the value is written as read
            int? at = failure is { } f ? span.Start + (span.Length == value.Length ? f.Offset : 0) : null;
            RefuseAt(args, error, span, failure?.Expected, at);
        }
        return options.ToImmutable();
    }

    private OnbuildInstruction BuildOnbuild(Args args, InstructionFrame frame)
    {
        Instruction? trigger = null;
        int a = args.Start, e = args.End;
        if (!GrammarParts.TryParse(OnbuildGrammar.Trigger, _line, a, e, out var parsed, out var failure))
        {
            Refuse(args, "ONBUILD requires at least one argument", args.LineSpan, failure);
        }
        else
        {
            if (!GrammarParts.TryParse(OnbuildGrammar.AllowedTrigger, _line, a, e, out _, out var refused))
                Refuse(args, OnbuildGrammar.Refusal(parsed.Keyword.Value), Src(a + parsed.Keyword.Start, a + parsed.Keyword.End),
                    refused, ParseDiagnosticIds.OnbuildTriggerRefused);
            if (_nesting >= MaxOnbuildNesting)
            {
                _diagnostics.Add(new ParseDiagnostic { Id = ParseDiagnosticIds.OnbuildTooDeep, Severity = Severity.Warning, Message = $"ONBUILD nested more than {MaxOnbuildNesting} levels; the rest is not parsed", Span = Src(a, e) });
            }
            else
            {
                int triggerStart = a + parsed.Keyword.Start, triggerEnd = a + parsed.End;
                var nestedSpan = Src(triggerStart, triggerEnd);
                var nestedFrame = frame with
                {
                    FullSpan = TextSpan.FromBounds(nestedSpan.Start, Math.Max(nestedSpan.End, frame.SpanEnd)),
                    PrecedingComments = [],
                };
                _nesting++;
                trigger = Build(triggerStart, triggerEnd, nestedFrame);
                _nesting--;
            }
        }
        return new OnbuildInstruction
        {
            Trigger = trigger, Header = args.Header, Span = args.Header.Span, Refusals = args.Refusals(),
        };
    }
}
