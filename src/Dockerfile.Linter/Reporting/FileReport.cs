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

    /// <summary>
    /// The path <paramref name="diagnostic"/> is reported under: its own file's when it is in a followed script
    /// (<see cref="Diagnostic.File"/>), this report's otherwise.
    /// </summary>
    public string PathOf(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.File?.Path ?? Path;
    }

    /// <summary>The path a related place is in: its own file's when it has one, this report's otherwise.</summary>
    public string PathOf(RelatedLocation related)
    {
        ArgumentNullException.ThrowIfNull(related);
        return related.File?.Path ?? Path;
    }

    /// <summary>The text the positions of <paramref name="diagnostic"/> refer to (a followed script's, or <see cref="Source"/>).</summary>
    public SourceText? SourceOf(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.File?.Source ?? Source;
    }

    /// <summary>
    /// Orders diagnostics: the Dockerfile's first, then those of each followed script by path; within a file by
    /// position, then code, then message, so output is stable across runs.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.File?.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Start.Line)
            .ThenBy(d => d.Location.Start.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToArray();
}
