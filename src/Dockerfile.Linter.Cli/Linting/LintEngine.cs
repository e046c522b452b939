using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Cli.Linting;

/// <summary>Runs the linter on one file's text with one effective configuration.</summary>
internal sealed class LintEngine
{
    // TODO(facade): replace with DockerfileLinter once the engine lands; until then only parse errors are reported.
    public (SourceText Source, IReadOnlyList<Diagnostic> Diagnostics) Lint(string text, string path, LinterConfiguration configuration)
    {
        var syntax = DockerfileParser.Parse(text, path);
        var diagnostics = syntax.Diagnostics
            .Where(d => d.Severity == Severity.Error)
            .Select(d => new Diagnostic
            {
                Code = "DL1000",
                RuleName = "syntax-error",
                Severity = Severity.Error,
                Message = d.Message,
                Span = d.Span,
                Location = syntax.Source.GetLinePositionSpan(d.Span),
                Path = path,
            })
            .ToArray();
        return (syntax.Source, diagnostics);
    }
}
