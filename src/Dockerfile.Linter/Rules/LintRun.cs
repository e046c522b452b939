using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>The state of linting one file: the tree, its lazily built semantic model and the raw reports.</summary>
internal sealed class LintRun
{
    private readonly Lazy<SemanticModel> _semantics;
    private readonly List<RuleReport> _reports = [];

    public LintRun(DockerfileSyntax syntax, LintOptions options)
    {
        Syntax = syntax;
        Options = options;
        _semantics = new Lazy<SemanticModel>(() => SemanticModel.Create(syntax), LazyThreadSafetyMode.None);
    }

    public DockerfileSyntax Syntax { get; }
    public LintOptions Options { get; }
    public SemanticModel Semantics => _semantics.Value;
    public IReadOnlyList<RuleReport> Reports => _reports;
    public List<RuleFailure> Failures { get; } = [];

    public void AddReport(RuleReport report) => _reports.Add(report);
}
