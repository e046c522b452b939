using System.Collections.Immutable;
using Dockerfile.Linter.Expansion;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Semantics;

/// <summary>
/// Facts derived from a parsed Dockerfile that many rules need: stages and how they depend on each other, the ARG and
/// ENV variables visible at each instruction (with statically known values), the SHELL in effect, ONBUILD triggers.
/// Built once per file on first use and shared by every rule; immutable.
/// </summary>
public sealed class SemanticModel
{
    /// <summary>The shell BuildKit uses on Linux when no SHELL instruction says otherwise.</summary>
    public static readonly ImmutableArray<string> DefaultShell = ["/bin/sh", "-c"];

    /// <summary>The automatic platform arguments BuildKit defines for FROM lines (the names of <see cref="GlobalArguments.Automatic"/>).</summary>
    public static readonly ImmutableArray<string> AutomaticArgs = [.. GlobalArguments.Automatic.Select(a => a.Key)];

    // Nothing is stored per instruction: a file of a million instructions would hold a million entries in each of
    // several dictionaries (about 30 bytes per input byte of a file of short ENV lines). Each segment (the preamble, a
    // stage) keeps what is in effect before every CheckpointInterval-th instruction; the state before any other is
    // replayed from the checkpoint before it (at most CheckpointInterval - 1 steps, one when asked in file order).
    private const int CheckpointInterval = 64;

    // A file of at most this many instructions (nearly every real one) keeps the state before each instruction: rules
    // then ask for any instruction's scope without a replay, for some bytes per instruction.
    private const int SmallFileInstructions = 512;

    private readonly int _checkpointInterval;

    // One entry per segment and one list of every segment's checkpoints (a segment's start at FirstCheckpoint): a file
    // of thousands of one-line stages holds no list or object per stage here.
    private readonly List<Segment> _segments;
    private readonly List<State> _checkpoints;
    // Each ONBUILD trigger with the stage of its ONBUILD (null in the preamble) and the SHELL then in effect; made
    // for the few files that have triggers.
    private Dictionary<Instruction, (StageInfo? Stage, ImmutableArray<string> Shell)>? _triggerFacts;
    private readonly Dictionary<Instruction, VariableScope> _globalArgScopes = new(ReferenceEqualityComparer.Instance);
    private bool _replaying;   // a replay records no limit problems: the build recorded them once
    private Cursor? _cursor;

    private static readonly IReadOnlyDictionary<string, string> s_noBuildArgs = new Dictionary<string, string>();

    private readonly Dictionary<string, StageInfo> _stagesByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly VariableExpander _expander;
    private List<(TextSpan Span, string Message)>? _limitProblems;   // made for the rare word that hits a limit

    private readonly IReadOnlyDictionary<string, string> _buildArgs;

    private SemanticModel(DockerfileSyntax syntax, IReadOnlyDictionary<string, string>? buildArgs)
    {
        Syntax = syntax;
        _buildArgs = buildArgs ?? s_noBuildArgs;
        _expander = VariableExpander.For(syntax.EscapeCharacter);
        _checkpointInterval = syntax.Instructions.Length <= SmallFileInstructions ? 1 : CheckpointInterval;
        _segments = new(syntax.Stages.Length + 1);
        _checkpoints = new(CheckpointsOfSegments(syntax));
    }

    // A segment of n instructions (its FROM not counted) takes ceil(n / interval) checkpoints: the list is made that
    // long once (a file of thousands of FROM-only stages takes none).
    private int CheckpointsOfSegments(DockerfileSyntax syntax)
    {
        int count = 0, inStages = 0;
        foreach (var stage in syntax.Stages)
        {
            count += CheckpointCount(stage.Instructions.Length);
            inStages += 1 + stage.Instructions.Length;
        }
        return count + CheckpointCount(Math.Max(0, syntax.Instructions.Length - inStages));
    }

    private int CheckpointCount(int instructions) => (instructions + _checkpointInterval - 1) / _checkpointInterval;

    /// <summary>
    /// ARG, ENV and FROM words whose expansion hit one of the linter's limits (nesting, length) while the model was
    /// built: their values count as unknown.
    /// </summary>
    internal IReadOnlyList<(TextSpan Span, string Message)> LimitProblems => _limitProblems ?? [];

    /// <summary>The file the model describes.</summary>
    public DockerfileSyntax Syntax { get; }

    /// <summary>The stages in order.</summary>
    public ImmutableArray<StageInfo> Stages { get; private set; } = [];

    /// <summary>The last stage (the default target), or null when the file has no FROM.</summary>
    public StageInfo? FinalStage => Stages.IsEmpty ? null : Stages[^1];

    /// <summary>Every stage-to-stage reference (FROM alias, COPY --from, RUN --mount from=) in file order.</summary>
    public ImmutableArray<StageReference> References { get; private set; } = [];

    /// <summary>Every ONBUILD trigger in file order.</summary>
    public ImmutableArray<OnbuildTrigger> OnbuildTriggers { get; private set; } = [];

    /// <summary>The variables FROM lines see: global ARGs (with their defaults) and the automatic platform arguments.</summary>
    public VariableScope GlobalScope { get; private set; } = VariableScope.Empty(true);

    /// <summary>Builds the model for <paramref name="syntax"/>. Never throws for bad input.</summary>
    public static SemanticModel Create(DockerfileSyntax syntax) => Create(syntax, null);

    /// <summary>
    /// Builds the model for <paramref name="syntax"/> with the build's arguments (<c>--build-arg</c>): a value replaces
    /// the default of the <c>ARG</c> that declares it, globally and in stages, as in a build. Never throws for bad input.
    /// </summary>
    public static SemanticModel Create(DockerfileSyntax syntax, IReadOnlyDictionary<string, string>? buildArgs)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var model = new SemanticModel(syntax, buildArgs);
        model.Build();
        return model;
    }

    /// <summary>The stage info of a syntax stage.</summary>
    public StageInfo GetStage(Stage stage) => Stages[stage.Index];

    /// <summary>The stage holding <paramref name="instruction"/> (for an ONBUILD trigger, the stage of its ONBUILD), or null before the first FROM.</summary>
    public StageInfo? GetStage(Instruction instruction)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        if (_triggerFacts is not null && _triggerFacts.TryGetValue(instruction, out var trigger)) return trigger.Stage;
        return Locate(instruction) is { } at && _segments[at.Segment].Stage is { } info ? info : null;
    }

    /// <summary>True when <paramref name="instruction"/> is the trigger wrapped by an ONBUILD.</summary>
    public bool IsOnbuildTrigger(Instruction instruction) => _triggerFacts?.ContainsKey(instruction) == true;

    /// <summary>
    /// The stage a <c>--from</c> value or FROM image refers to: a stage name (case-insensitive) or a numeric index.
    /// Names are looked up among the stages before <paramref name="before"/> when given (BuildKit's rule for FROM),
    /// among all stages otherwise. Null when it names no stage (an image).
    /// </summary>
    public StageInfo? FindStage(string nameOrIndex, StageInfo? before = null)
    {
        ArgumentNullException.ThrowIfNull(nameOrIndex);
        int limit = before?.Index ?? Stages.Length;
        if (int.TryParse(nameOrIndex, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
            return index >= 0 && index < Stages.Length ? Stages[index] : null;
        // The first stage of that name, as a scan from the top would find; a dictionary keeps a file of thousands of
        // stages (each naming the one before) linear.
        return _stagesByName.TryGetValue(nameOrIndex, out var stage) && stage.Index < limit ? stage : null;
    }

    /// <summary>
    /// The variables visible to <paramref name="instruction"/> (as they were before it ran: BuildKit expands all values of
    /// one instruction against the earlier environment). FROM sees <see cref="GlobalScope"/>. ONBUILD triggers run in a
    /// later build, so their scope knows nothing.
    /// </summary>
    public VariableScope GetScope(Instruction instruction)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        if (_globalArgScopes.TryGetValue(instruction, out var global)) return global;
        return StateBefore(instruction)?.Scope ?? VariableScope.Empty(false);
    }

    /// <summary>
    /// The value the builder would give <paramref name="word"/> at <paramref name="instruction"/> (quotes removed,
    /// variables substituted), or null when it depends on something not known statically.
    /// </summary>
    public string? Expand(Word word, Instruction instruction)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Expand(word.Text, instruction);
    }

    /// <summary>Expands <paramref name="text"/> (a word as written) as <see cref="Expand(Word, Instruction)"/> does.</summary>
    public string? Expand(string text, Instruction instruction)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(instruction);
        // Text with nothing to expand is its own value whatever the scope: no lookup, no expansion result.
        return IsPlain(text) ? text : Evaluate(text, instruction).Value;
    }

    /// <summary>
    /// Expands <paramref name="text"/> at <paramref name="instruction"/> with BuildKit's word expansion and tells whether
    /// the result is known statically; the expansion lists every referenced and unresolved name (for undefined-variable checks).
    /// </summary>
    public StaticValue Evaluate(string text, Instruction instruction)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Evaluate(text, GetScope(instruction));
    }

    private StaticValue Evaluate(string text, VariableScope scope)
    {
        var lookup = new ScopeLookup(scope);
        var result = _expander.ExpandWord(text, lookup);
        return new StaticValue(result, !lookup.SawUnknown);
    }

    private string? ExpandIn(Word word, VariableScope scope) => ExpandIn(word.Text, word.Span, scope);

    private string? ExpandIn(ImageReference image, VariableScope scope) => ExpandIn(image.Text, image.Span, scope);

    private string? ExpandIn(string text, TextSpan span, VariableScope scope)
    {
        // Most ARG/ENV words hold nothing to expand and are their own value; skipping the expander saves its lookup
        // and result objects for each of them (a file of a million ENV lines builds its model several times faster).
        if (IsPlain(text)) return text;
        var value = Evaluate(text, scope);
        if (!_replaying && value.Expansion.Error is { Kind: ExpansionErrorKind.TooDeep or ExpansionErrorKind.TooLong } error)
            (_limitProblems ??= []).Add((span, error.Detail));
        return value.Value;
    }

    private bool IsPlain(string text)
    {
        foreach (char c in text)
            if (c is '$' or '\'' or '"' || c == Syntax.EscapeCharacter) return false;
        return true;
    }

    /// <summary>The SHELL in effect for <paramref name="instruction"/> (<see cref="DefaultShell"/> unless a SHELL instruction in the stage or a base stage changed it).</summary>
    public ImmutableArray<string> GetShell(Instruction instruction)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        if (_triggerFacts is not null && _triggerFacts.TryGetValue(instruction, out var trigger)) return trigger.Shell;
        return StateBefore(instruction)?.Shell ?? DefaultShell;
    }

    /// <summary>
    /// The last WORKDIR before <paramref name="instruction"/> in its stage or, through <c>FROM &lt;alias&gt;</c>, in its
    /// base stages; null when the Dockerfile sets none (the base image's working directory applies).
    /// </summary>
    public WorkdirInstruction? GetEffectiveWorkdir(Instruction instruction) =>
        instruction is FromInstruction ? null : StateBefore(instruction)?.Workdir;

    /// <summary>The last USER before <paramref name="instruction"/> in its stage or its base stages; null when none is set.</summary>
    public UserInstruction? GetEffectiveUser(Instruction instruction) =>
        instruction is FromInstruction ? null : StateBefore(instruction)?.User;

    /// <summary>True when the final image is built from <paramref name="stage"/>: it is the final stage or one of its base stages.</summary>
    public bool IsInFinalImage(StageInfo stage)
    {
        for (var s = FinalStage; s is not null; s = s.BaseStage)
            if (s == stage) return true;
        return false;
    }

    /// <summary>
    /// True when <paramref name="stage"/> builds a Windows image: a FROM of its lineage (the stage and the stages it is
    /// built on) names a Windows base image (<c>windows</c>, <c>nanoserver</c> or <c>servercore</c> in the name, as in
    /// <c>mcr.microsoft.com/windows/servercore</c> and <c>mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-ltsc2022</c>) or
    /// asks for a <c>windows/…</c> platform. Such stages run shell-form RUN with <c>cmd /S /C</c> unless SHELL says otherwise.
    /// </summary>
    public bool IsWindowsStage(StageInfo stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        // Remembered per stage, so asking for each of thousands of chained stages does not re-walk the chain.
        _windowsStages ??= new Dictionary<StageInfo, bool>(ReferenceEqualityComparer.Instance);
        if (_windowsStages.TryGetValue(stage, out bool known)) return known;
        var walked = new List<StageInfo>();
        bool windows = false;
        for (var s = stage; s is not null; s = s.BaseStage)
        {
            if (_windowsStages.TryGetValue(s, out windows)) break;
            walked.Add(s);
            if (IsWindowsFrom(s))
            {
                windows = true;
                break;
            }
        }
        foreach (var s in walked) _windowsStages[s] = windows;
        return windows;
    }

    private Dictionary<StageInfo, bool>? _windowsStages;

    private bool IsWindowsFrom(StageInfo s)
    {
        if (s.Stage.From.Platform is { Value: { } platformText } platformFlag
            && ExpandIn(platformText, platformFlag.ValueSpan ?? platformFlag.Span, GlobalScope) is { } platform
            && platform.StartsWith("windows", StringComparison.OrdinalIgnoreCase))
            return true;
        string image = s.BaseImage ?? s.Stage.From.Image?.Text ?? "";
        foreach (var hint in WindowsImageHints)
            if (image.Contains(hint, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] WindowsImageHints = ["windows", "nanoserver", "servercore"];

    /// <summary>True when the shell in effect at <paramref name="instruction"/> is a POSIX-like shell (not PowerShell or cmd).</summary>
    public bool IsPosixShell(Instruction instruction) => IsPosix(GetShell(instruction));

    /// <summary>True when <paramref name="shell"/> (a SHELL array) names a POSIX-like shell (not <c>pwsh</c>, <c>powershell</c> or <c>cmd</c>).</summary>
    public static bool IsPosix(ImmutableArray<string> shell)
    {
        // The default shell (the same array, as nearly every RUN has it) needs no look at its name.
        if (shell.IsDefaultOrEmpty || shell == DefaultShell) return true;
        string exe = shell[0].Replace('\\', '/');
        string name = exe[(exe.LastIndexOf('/') + 1)..].ToLowerInvariant();
        if (name.EndsWith(".exe", StringComparison.Ordinal)) name = name[..^4];
        return !(name.Contains("pwsh") || name.Contains("powershell") || name == "cmd");
    }

    private void Build()
    {
        var stages = ImmutableArray.CreateBuilder<StageInfo>(Syntax.Stages.Length);
        foreach (var stage in Syntax.Stages) stages.Add(new StageInfo(stage));
        Stages = stages.MoveToImmutable();
        var all = Syntax.Instructions;
        for (int i = 0, k = 0; i < all.Length && k < Stages.Length; i++)
            if (ReferenceEquals(all[i], Stages[k].Stage.From)) Stages[k++].FromIndex = i;
        BuildGlobalScope();
        BuildPreamble();
        foreach (var info in Stages)
            if (info.Name is { } name) _stagesByName.TryAdd(name, info);
        if (!Stages.IsEmpty) Stages[^1].IsFinal = true;

        var references = new List<StageReference>();
        var triggers = ImmutableArray.CreateBuilder<OnbuildTrigger>();
        foreach (var instruction in Preamble)
            if (instruction is OnbuildInstruction { Trigger: { } t } onbuild) triggers.Add(new OnbuildTrigger(onbuild, t, null));
        foreach (var info in Stages) BuildStage(info, references, triggers);

        References = [.. references];
        OnbuildTriggers = triggers.ToImmutable();
        // Most files have no stage-to-stage reference: every stage keeps its empty lists, and no lookup is built.
        if (references.Count == 0) return;
        var dependencies = references.ToLookup(r => r.From);
        var dependents = references.ToLookup(r => r.To);
        foreach (var info in Stages)
        {
            info.Dependencies = [.. dependencies[info]];
            info.Dependents = [.. dependents[info]];
        }
    }

    // The automatic arguments in scopes of their own, built once: every file starts its global scope and preamble with them.
    private static readonly VariableScope s_automaticGlobal = WithAutomaticArgs(VariableScope.Empty(true));
    private static readonly VariableScope s_automaticPreamble = WithAutomaticArgs(VariableScope.Empty(false));

    private static VariableScope WithAutomaticArgs(VariableScope scope)
    {
        foreach (var name in AutomaticArgs) scope = scope.With(new Variable(name, VariableKind.Automatic, null, null));
        return scope;
    }

    private void BuildGlobalScope()
    {
        var scope = s_automaticGlobal;
        foreach (var arg in Syntax.GlobalArgs)
        {
            _globalArgScopes[arg] = scope;
            var before = scope;
            foreach (var declaration in arg.Declarations)
            {
                string? value = _buildArgs.TryGetValue(declaration.Name.Text, out var given) ? given
                    : declaration.DefaultValue is { } d ? ExpandIn(d, before) : null;
                scope = scope.With(new Variable(declaration.Name.Text, VariableKind.GlobalArg, value, arg));
                before = scope;
            }
        }
        GlobalScope = scope;
    }

    /// <summary>
    /// The instructions before the first FROM (every one of them when the file has no FROM), in file order. BuildKit
    /// accepts only ARG there (DL3061 reports the rest), but a snippet is often written without FROM: these
    /// instructions are linted as an implicit stage that begins at the top of the file.
    /// </summary>
    public ImmutableArray<Instruction> Preamble { get; private set; } = [];

    // The implicit stage of the instructions before the first FROM: ARGs declare global arguments, ENV, SHELL, WORKDIR
    // and USER apply to the later instructions of the preamble, as they would in a stage.
    private void BuildPreamble()
    {
        var all = Syntax.Instructions;
        int end = Stages.IsEmpty ? all.Length : Stages[0].FromIndex;
        var preamble = ImmutableArray.CreateBuilder<Instruction>(end);
        // No base image is named: what it defines is unknown, so undeclared names are unknown rather than unset.
        var scope = s_automaticPreamble;
        _segments.Add(new Segment(null, -1, 0, end, _checkpoints.Count));
        var state = new State(scope, DefaultShell, null, null);
        for (int i = 0; i < end; i++)
        {
            var instruction = all[i];
            preamble.Add(instruction);
            if (i % _checkpointInterval == 0) _checkpoints.Add(state);
            if (instruction is OnbuildInstruction { Trigger: { } trigger }) AddTrigger(trigger, null, state.Shell);
            state = Step(instruction, state, inPreamble: true);
        }
        Preamble = preamble.MoveToImmutable();
    }

    private void BuildStage(StageInfo info, List<StageReference> references, ImmutableArray<OnbuildTrigger>.Builder triggers)
    {
        var from = info.Stage.From;
        if (from.Image is { } image)
        {
            info.BaseImage = ExpandIn(image, GlobalScope);
            if (info.BaseImage is { } baseName && FindStage(baseName, info) is { } parent)
            {
                info.BaseStage = parent;
                references.Add(new StageReference(StageReferenceKind.FromBase, from, info, parent, image.Span));
            }
        }
        info.IsFromScratch = info.BaseStage?.IsFromScratch
                             ?? string.Equals(info.BaseImage, "scratch", StringComparison.OrdinalIgnoreCase);

        var scope = VariableScope.Empty(info.IsFromScratch);
        var state = new State(scope, DefaultShell, null, null);
        if (info.BaseStage is { } baseStage)
        {
            // The base stage's ENV variables, without its ARGs: its final scope less the names its ARGs declared
            // (not a copy of every variable, which a chain of thousands of stages would make quadratic).
            var inherited = baseStage.FinalScope.Variables;
            if (_stageArgNames.TryGetValue(baseStage, out var argNames))
                foreach (var name in argNames)
                    if (inherited.TryGetValue(name, out var v) && v.Kind != VariableKind.Env) inherited = inherited.Remove(name);
            state = new State(new VariableScope(inherited, info.IsFromScratch), baseStage.FinalShell, baseStage.FinalWorkdir, baseStage.FinalUser);
        }

        var all = Syntax.Instructions;
        int first = info.FromIndex + 1, end = first + info.Stage.Instructions.Length;
        _segments.Add(new Segment(info, info.FromIndex, first, end, _checkpoints.Count));
        for (int i = first; i < end; i++)
        {
            var instruction = all[i];
            if ((i - first) % _checkpointInterval == 0) _checkpoints.Add(state);
            switch (instruction)
            {
                case ArgInstruction arg:
                    if (!_stageArgNames.TryGetValue(info, out var names)) _stageArgNames[info] = names = [];
                    foreach (var declaration in arg.Declarations) names.Add(declaration.Name.Text);
                    break;
                case CopyInstruction copy when copy.From is { Value: { } fromValue } flag:
                    if (FindStage(fromValue) is { } source)
                        references.Add(new StageReference(StageReferenceKind.CopyFrom, copy, info, source, flag.ValueSpan ?? flag.Span));
                    break;
                case RunInstruction run:
                    foreach (var mount in run.Mounts)
                        if (mount.Get("from") is { Length: > 0 } mountFrom && FindStage(mountFrom) is { } mounted)
                            references.Add(new StageReference(StageReferenceKind.MountFrom, run, info, mounted, mount.Span));
                    break;
                case OnbuildInstruction { Trigger: { } trigger } onbuild:
                    AddTrigger(trigger, info, state.Shell);
                    triggers.Add(new OnbuildTrigger(onbuild, trigger, info));
                    break;
            }
            state = Step(instruction, state, inPreamble: false);
        }
        info.SetEnd(state.Scope, state.Shell, state.Workdir, state.User);
    }

    private void AddTrigger(Instruction trigger, StageInfo? stage, ImmutableArray<string> shell) =>
        (_triggerFacts ??= new(ReferenceEqualityComparer.Instance))[trigger] = (stage, shell);

    /// <summary>What is in effect before an instruction runs.</summary>
    private readonly record struct State(VariableScope Scope, ImmutableArray<string> Shell, WorkdirInstruction? Workdir, UserInstruction? User);

    /// <summary>
    /// The preamble (<see cref="Stage"/> null, no FROM) or a stage: its instructions [First, End) of the file's. The
    /// state before instruction First + k * the model's checkpoint interval is checkpoint FirstCheckpoint + k.
    /// </summary>
    private readonly record struct Segment(StageInfo? Stage, int FromIndex, int First, int End, int FirstCheckpoint)
    {
        public int Begin => FromIndex < 0 ? First : FromIndex;
    }

    /// <summary>The last state replayed (models may be shared between threads: it is replaced, never changed).</summary>
    private sealed record Cursor(int Segment, int Index, State State);

    private readonly Dictionary<StageInfo, List<string>> _stageArgNames = new(ReferenceEqualityComparer.Instance);

    /// <summary>How <paramref name="instruction"/> changes what later instructions of its segment see.</summary>
    private State Step(Instruction instruction, State state, bool inPreamble) => instruction switch
    {
        WorkdirInstruction w => state with { Workdir = w },
        UserInstruction u => state with { User = u },
        ArgInstruction arg => state with { Scope = inPreamble ? DeclarePreambleArgs(arg, state.Scope) : DeclareArgs(arg, state.Scope) },
        EnvInstruction env => state with { Scope = DeclareEnv(env, state.Scope) },
        ShellInstruction { Command: ExecForm exec } when exec.Elements.Length > 0 => state with { Shell = [.. exec.Values] },
        _ => state,
    };

    private VariableScope DeclarePreambleArgs(ArgInstruction arg, VariableScope scope)
    {
        foreach (var declaration in arg.Declarations)
        {
            string? value = declaration.DefaultValue is { } d ? ExpandIn(d, scope) : null;
            scope = scope.With(new Variable(declaration.Name.Text, VariableKind.GlobalArg, value, arg));
        }
        return scope;
    }

    /// <summary>The segment and file index of a top-level instruction, or null (an ONBUILD trigger, another file's node).</summary>
    private (int Segment, int Index)? Locate(Instruction instruction)
    {
        var all = Syntax.Instructions;
        int start = instruction.Span.Start, lo = 0, hi = all.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            int at = all[mid].Span.Start;
            if (at == start) { lo = mid; break; }
            if (at < start) lo = mid + 1;
            else hi = mid - 1;
        }
        if (lo >= all.Length || !ReferenceEquals(all[lo], instruction)) return null;
        int index = lo;
        int s = 0, e = _segments.Count - 1, found = -1;
        while (s <= e)
        {
            int mid = s + (e - s) / 2;
            if (_segments[mid].Begin <= index) { found = mid; s = mid + 1; }
            else e = mid - 1;
        }
        if (found < 0 || index >= _segments[found].End) return null;
        return (found, index);
    }

    /// <summary>The state before a top-level instruction, replayed from the nearest checkpoint (or the last replay); null when it is none.</summary>
    private State? StateBefore(Instruction instruction)
    {
        if (Locate(instruction) is not var (segmentIndex, index)) return null;
        var segment = _segments[segmentIndex];
        if (index == segment.FromIndex) return new State(GlobalScope, DefaultShell, null, null);
        int checkpoint = (index - segment.First) / _checkpointInterval;
        int from = segment.First + checkpoint * _checkpointInterval;
        var state = _checkpoints[segment.FirstCheckpoint + checkpoint];
        if (_cursor is { } cursor && cursor.Segment == segmentIndex && cursor.Index <= index && cursor.Index >= from)
        {
            from = cursor.Index;
            state = cursor.State;
        }
        if (from == index) return state;
        var all = Syntax.Instructions;
        _replaying = true;
        try
        {
            for (int i = from; i < index; i++) state = Step(all[i], state, segment.Stage is null);
        }
        finally
        {
            _replaying = false;
        }
        _cursor = new Cursor(segmentIndex, index, state);
        return state;
    }

    private VariableScope DeclareArgs(ArgInstruction arg, VariableScope scope)
    {
        foreach (var declaration in arg.Declarations)
        {
            string name = declaration.Name.Text;
            if (scope.Lookup(name) is { Kind: VariableKind.Env }) continue;
            string? value;
            if (_buildArgs.TryGetValue(name, out var given)) value = given;
            else if (declaration.DefaultValue is { } d) value = ExpandIn(d, scope);
            else if (GlobalScope.Lookup(name) is { } global) value = global.Value;
            else value = null;
            scope = scope.With(new Variable(name, VariableKind.Arg, value, arg));
        }
        return scope;
    }

    private VariableScope DeclareEnv(EnvInstruction env, VariableScope scope)
    {
        var before = scope;
        foreach (var pair in env.Pairs)
        {
            string? name = ExpandIn(pair.Key, before);
            if (string.IsNullOrEmpty(name)) continue;
            string? value = ExpandIn(pair.Value, before);
            scope = scope.With(new Variable(name, VariableKind.Env, value, env));
        }
        return scope;
    }
}
