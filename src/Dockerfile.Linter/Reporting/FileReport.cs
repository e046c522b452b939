using System.Collections.Immutable;
using Dockerfile.Linter.Context;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Reporting;

/// <summary>The findings of one linted file, as handed to a <see cref="ReportFormatter"/>.</summary>
/// <param name="Path">The path as shown to the user (as given on the command line, or <c>-</c> for stdin).</param>
/// <param name="Diagnostics">The findings, in the order they should be reported.</param>
/// <param name="Source">The file's text, used for code frames, fix positions and fingerprints; null when unavailable.</param>
/// <param name="Context">The build context the file was checked against and why; null when there was none.</param>
public sealed record FileReport(string Path, IReadOnlyList<Diagnostic> Diagnostics, SourceText? Source = null, InferredBuildContext? Context = null)
{
    /// <summary>The report of one <see cref="LintResult"/>, shown under <paramref name="path"/> (default: the result's path, or <c>-</c>).</summary>
    public static FileReport From(LintResult result, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new FileReport(path ?? result.Path ?? "-", Sort(result.Diagnostics), result.Syntax.Source, result.Context)
        {
            SecretSpans = result.SecretSpans,
        };
    }

    /// <summary>Ranges of <see cref="Source"/> that hold secrets; formats that show source text mask them.</summary>
    public ImmutableArray<TextSpan> SecretSpans { get; init; } = [];

    /// <summary>Orders diagnostics by position, then code, then message, so output is stable across runs.</summary>
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.Start.Line)
            .ThenBy(d => d.Location.Start.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToArray();
}
