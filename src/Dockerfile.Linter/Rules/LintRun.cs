using System.Collections.Immutable;
using Dockerfile.Linter.Context;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>The state of linting one file: the tree, its lazily built semantic model and the raw reports.</summary>
internal sealed class LintRun
{
    // Made on first use, without a Lazy and a closure per file: most rules of most files never open the context.
    private readonly Lazy<SemanticModel>? _givenSemantics;
    private SemanticModel? _semantics;
    private BuildContext? _buildContext;
    private bool _buildContextOpened;
    private List<RuleReport>? _reports;   // only a run without a filter keeps reports here
    private readonly Dictionary<RunInstruction, ShellScript> _scripts = new(ReferenceEqualityComparer.Instance);

    // semantics: a model of the file without build arguments that context inference may have built already (used only
    // when the options give no build arguments).
    public LintRun(DockerfileSyntax syntax, LintOptions options, string? path = null,
        InferredBuildContext? context = null, BuildContextInferrer? inferrer = null, Lazy<SemanticModel>? semantics = null)
    {
        Path = path;
        Inferrer = inferrer;
        _usesSharedContext = context is null && options.BuildContext is not null;
        context ??= ExplicitContext(options);
        var fromOptions = options.NamedContexts.Count == 0
            ? []
            : options.NamedContexts.Select(e => NamedBuildContext.Parse(e.Key, e.Value, Directory.GetCurrentDirectory())).ToArray();
        // The result reports every named context in effect, those of the options too.
        ContextInfo = context is not null && fromOptions.Length > 0 ? context.WithNamedContexts(fromOptions) : context;
        NamedContexts = CollectNamedContexts(ContextInfo, fromOptions);
        Syntax = syntax;
        Options = options;
        _givenSemantics = options.BuildArgs.Count == 0 ? semantics : null;
    }

    public DockerfileSyntax Syntax { get; }
    public LintOptions Options { get; }
    public SemanticModel Semantics =>
        _semantics ??= _givenSemantics?.Value ?? SemanticModel.Create(Syntax, Options.BuildArgs.Count == 0 ? null : Options.BuildArgs.AsReadOnly());

    public BuildContext? BuildContext
    {
        get
        {
            if (!_buildContextOpened)
            {
                _buildContext = OpenContext(Options, Path);
                _buildContextOpened = true;
            }
            return _buildContext;
        }
    }

    /// <summary>The path being linted, as given.</summary>
    public string? Path { get; }

    /// <summary>The context the file is checked against and why; null when there is none.</summary>
    public InferredBuildContext? ContextInfo { get; }

    /// <summary>Named contexts (from the context and the options, the options winning), by name, case-insensitively.</summary>
    public IReadOnlyDictionary<string, NamedBuildContext> NamedContexts { get; }

    /// <summary>The linter's inferrer, which caches walks and repository facts across files; null for a bare run.</summary>
    public BuildContextInferrer? Inferrer { get; }

    private static InferredBuildContext? ExplicitContext(LintOptions options)
    {
        if (options.BuildContext is { } shared) return InferredBuildContext.Explicit(shared.RootDirectory, "the given build context");
        return options.ContextDirectory is { } directory ? InferredBuildContext.Explicit(directory, "the given context directory") : null;
    }

    private static IReadOnlyDictionary<string, NamedBuildContext> CollectNamedContexts(InferredBuildContext? context, NamedBuildContext[] fromOptions)
    {
        if ((context is null || context.NamedContexts.IsEmpty) && fromOptions.Length == 0) return ImmutableDictionary<string, NamedBuildContext>.Empty;
        var named = new Dictionary<string, NamedBuildContext>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in context?.NamedContexts ?? ImmutableDictionary<string, NamedBuildContext>.Empty) named[name] = value;
        foreach (var value in fromOptions) named[value.Name] = value;
        return named;
    }

    private readonly bool _usesSharedContext;

    private BuildContext? OpenContext(LintOptions options, string? path)
    {
        if (ContextInfo is not { } info) return null;
        if (_usesSharedContext) return options.BuildContext;
        var dockerfile = info.DockerfilePath ?? path;
        return Inferrer?.OpenContext(info.Directory, dockerfile) ?? BuildContext.Open(info.Directory, dockerfile);
    }
    public IReadOnlyList<RuleReport> Reports => _reports ?? (IReadOnlyList<RuleReport>)[];

    /// <summary>The problems of the context walk, when a rule made it happen.</summary>
    public ImmutableArray<ContextProblem> ContextProblems =>
        _buildContextOpened && _buildContext?.ComputedSummary is { } summary ? summary.Problems : [];
    public List<RuleFailure> Failures { get; } = [];

    /// <summary>
    /// Where findings go as they are reported (suppressions applied at once, at most
    /// <see cref="SuppressionFilter.MaxFindingsPerRule"/> kept per rule); null keeps them all in <see cref="Reports"/>.
    /// </summary>
    public SuppressionFilter? Filter { get; init; }

    /// <summary>The rules of the linter, by code, name and alias; null for a bare run (built-in rules then).</summary>
    public RuleLookup<Rule>? Rules { get; init; }

    /// <summary>
    /// Keeps a rule's report, or, when its span, a related span or a fix edit lies outside the file, drops it and
    /// records a rule failure (reported as DF0000): a bad span is a rule bug to see, not to repair silently.
    /// </summary>
    /// <summary>False when a further finding of <paramref name="rule"/> is only counted (past the per-rule cap).</summary>
    public bool NeedsMessage(Rule rule) => Filter is not { } filter || !filter.OnlyCounts(rule);

    public void AddReport(RuleReport report)
    {
        if (FindSpanOutsideFile(report) is { } bad)
        {
            var where = TextSpan.FromBounds(Math.Clamp(bad.Start, 0, Syntax.Source.Length), Math.Clamp(bad.Start, 0, Syntax.Source.Length));
            Failures.Add(new RuleFailure(report.Rule.Descriptor.Code, new RuleSpanOutOfRangeException(bad, Syntax.Source.Length), where));
            return;
        }
        if (Filter is { } filter) filter.Add(report);
        else (_reports ??= []).Add(report);
    }

    private TextSpan? FindSpanOutsideFile(RuleReport report)
    {
        int length = Syntax.Source.Length;
        if (!IsWithin(report.Span, report.File?.Source.Length ?? length)) return report.Span;
        if (report.File is not null && !IsWithin(report.Anchor, length)) return report.Anchor;
        foreach (var related in report.ScriptRelated)
            if (!IsWithin(related.Span, report.File?.Source.Length ?? length)) return related.Span;
        foreach (var related in report.Related)
            if (!IsWithin(related.Span, length)) return related.Span;
        if (report.Fix is { } fix)
            foreach (var edit in fix.Edits)
                if (!IsWithin(edit.Span, length)) return edit.Span;
        return null;
    }

    private static bool IsWithin(TextSpan span, int length) => span.Start >= 0 && span.Length >= 0 && span.End <= length;

    /// <summary>Spans of the text that hold secrets (see <see cref="RuleContext.MarkSecret"/>).</summary>
    public List<TextSpan> SecretSpans { get; } = [];

    public void AddSecretSpan(TextSpan span) => SecretSpans.Add(span);

    private Dictionary<FollowedScript, ScriptSuppressions>? _scriptSuppressions;

    /// <summary>The suppression comments of a followed script, read once per file.</summary>
    public ScriptSuppressions SuppressionsOf(FollowedScript script)
    {
        _scriptSuppressions ??= new(ReferenceEqualityComparer.Instance);
        if (!_scriptSuppressions.TryGetValue(script, out var found))
            _scriptSuppressions[script] = found = Options.DisableInlineSuppressions ? ScriptSuppressions.None : ScriptSuppressions.Read(script.File.Source.Text);
        return found;
    }

    private Dictionary<Instruction, ShellScript?>? _containerScripts;

    /// <summary>The parsed command of a CMD or ENTRYPOINT (<see cref="ContainerCommands.Parse"/>), parsed once per file for every rule.</summary>
    public ShellScript? GetContainerScript(Instruction instruction)
    {
        _containerScripts ??= new(ReferenceEqualityComparer.Instance);
        if (!_containerScripts.TryGetValue(instruction, out var script))
        {
            script = ContainerCommands.Parse(instruction);
            // Bounded like the RUN scripts: a generated file of a million CMDs starts afresh past the limit.
            if (_containerScripts.Count >= MaxCachedScripts) _containerScripts.Clear();
            _containerScripts[instruction] = script;
        }
        return script;
    }

    private Dictionary<Type, object>? _shared;

    /// <summary>A fact of type <typeparamref name="T"/> that several rules ask of the file, made on first use and kept for this lint.</summary>
    public T GetShared<T>(RuleContext context, Func<RuleContext, T> create) where T : class
    {
        _shared ??= [];
        if (_shared.TryGetValue(typeof(T), out var value)) return (T)value;
        var made = create(context);
        _shared[typeof(T)] = made;
        return made;
    }

    private VariableScope? _valuesScope;
    private Func<string, string?>? _values;

    /// <summary>
    /// The lookup of <paramref name="scope"/>'s values that commands read options from; null for a scope without
    /// variables (no lookup could find one). Consecutive RUNs mostly share a scope, so they share one delegate.
    /// </summary>
    private Func<string, string?>? VariableValuesOf(VariableScope scope)
    {
        if (scope.Variables.IsEmpty) return null;
        if (!ReferenceEquals(scope, _valuesScope))
        {
            _valuesScope = scope;
            _values = LookupIn(scope);
        }
        return _values;
    }

    // Its own method: a lambda in VariableValuesOf would allocate its closure on every call, reused or not.
    private static Func<string, string?> LookupIn(VariableScope scope) => name => scope.Lookup(name)?.Value;

    /// <summary>Most RUN scripts kept at once (far more than a real file has).</summary>
    internal const int MaxCachedScripts = 32_768;

    /// <summary>
    /// Most characters of RUN instructions whose scripts are kept at once (far more than a real file has): a parse
    /// costs some tens of bytes per character, so files of long RUNs do not fill the cache with hundreds of megabytes.
    /// </summary>
    internal const int MaxCachedScriptChars = 1024 * 1024;

    private long _cachedScriptChars;

    /// <summary>The parsed script of a RUN, parsed once per file and shared by every rule.</summary>
    public ShellScript GetScript(RunInstruction run)
    {
        if (!_scripts.TryGetValue(run, out var script))
        {
            script = ShellParser.ParseRunUncached(run);
            // Options that come from ARG/ENV values count as options for every rule that reads flags.
            if (VariableValuesOf(Semantics.GetScope(run)) is { } values)
                foreach (var command in script.Commands) command.VariableValues = values;
            // Bounded by count and by size: a generated file of a million RUNs would otherwise hold every parse until
            // the end. Past a bound the cache starts afresh, and a rule asking again for an older RUN parses it again.
            if (_scripts.Count >= MaxCachedScripts || _cachedScriptChars + run.Span.Length > MaxCachedScriptChars)
            {
                _scripts.Clear();
                _cachedScriptChars = 0;
            }
            _scripts[run] = script;
            _cachedScriptChars += run.Span.Length;
        }
        return script;
    }
}
