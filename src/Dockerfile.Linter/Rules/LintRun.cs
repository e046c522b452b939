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

    public LintRun(DockerfileSyntax syntax, LintOptions options, string? path = null)
    {
        _buildContext = new Lazy<BuildContext?>(
            () => options.BuildContext ?? (options.ContextDirectory is { } directory ? BuildContext.Open(directory, path) : null),
            LazyThreadSafetyMode.None);
        Syntax = syntax;
        Options = options;
        _semantics = new Lazy<SemanticModel>(() => SemanticModel.Create(syntax), LazyThreadSafetyMode.None);
    }

    public DockerfileSyntax Syntax { get; }
    public LintOptions Options { get; }
    public SemanticModel Semantics => _semantics.Value;
    public BuildContext? BuildContext => _buildContext.Value;
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
            script = ShellParser.ParseRun(run);
            _scripts[run] = script;
        }
        return script;
    }
}
