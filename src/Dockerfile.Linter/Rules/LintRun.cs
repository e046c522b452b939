using System.Collections.Immutable;
using Dockerfile.Linter.Context;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>The state of linting one file: the tree, its lazily built semantic model and the raw reports.</summary>
internal sealed class LintRun
{
    private readonly Lazy<SemanticModel> _semantics;
    private readonly Lazy<BuildContext?> _buildContext;
    private readonly List<RuleReport> _reports = [];
    private readonly Dictionary<RunInstruction, ShellScript> _scripts = new(ReferenceEqualityComparer.Instance);

    public LintRun(DockerfileSyntax syntax, LintOptions options, string? path = null,
        InferredBuildContext? context = null, BuildContextInferrer? inferrer = null)
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
        _buildContext = new Lazy<BuildContext?>(() => OpenContext(options, path), LazyThreadSafetyMode.None);
        Syntax = syntax;
        Options = options;
        _semantics = new Lazy<SemanticModel>(() => SemanticModel.Create(syntax), LazyThreadSafetyMode.None);
    }

    public DockerfileSyntax Syntax { get; }
    public LintOptions Options { get; }
    public SemanticModel Semantics => _semantics.Value;
    public BuildContext? BuildContext => _buildContext.Value;

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
    public IReadOnlyList<RuleReport> Reports => _reports;

    /// <summary>The problems of the context walk, when a rule made it happen.</summary>
    public ImmutableArray<ContextProblem> ContextProblems =>
        _buildContext.IsValueCreated && _buildContext.Value?.ComputedSummary is { } summary ? summary.Problems : [];
    public List<RuleFailure> Failures { get; } = [];

    public void AddReport(RuleReport report) => _reports.Add(report);

    /// <summary>Spans of the text that hold secrets (see <see cref="RuleContext.MarkSecret"/>).</summary>
    public List<TextSpan> SecretSpans { get; } = [];

    public void AddSecretSpan(TextSpan span) => SecretSpans.Add(span);

    /// <summary>The parsed script of a RUN, parsed once per file and shared by every rule.</summary>
    public ShellScript GetScript(RunInstruction run)
    {
        if (!_scripts.TryGetValue(run, out var script))
        {
            script = ShellParser.ParseRunUncached(run);
            _scripts[run] = script;
        }
        return script;
    }
}
