using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Diagnostics;

/// <summary>One finding of the linter.</summary>
public sealed class Diagnostic
{
    /// <summary>The rule's stable code (<c>DL3008</c>, <c>DF1001</c>, <c>DL1000</c> for parse errors).</summary>
    public required string Code { get; init; }

    /// <summary>The rule's kebab-case name.</summary>
    public required string RuleName { get; init; }

    /// <summary>The effective severity (after configuration).</summary>
    public required Severity Severity { get; init; }

    /// <summary>The message shown to the user.</summary>
    public required string Message { get; init; }

    /// <summary>The offending range in the file (in <see cref="File"/> when it is set).</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The 1-based start and end positions of <see cref="Span"/>.</summary>
    public required LinePositionSpan Location { get; init; }

    /// <summary>The path of the file, when linting a file on disk.</summary>
    public string? Path { get; init; }

    /// <summary>
    /// The file <see cref="Span"/> and <see cref="Location"/> are in when it is not the linted Dockerfile (a script the
    /// image runs, copied from the build context); null for findings in the Dockerfile. Reports show this file's path.
    /// </summary>
    public DiagnosticFile? File { get; init; }

    /// <summary>A mechanical fix, or null.</summary>
    public Fix? Fix { get; init; }

    /// <summary>
    /// Other places that belong to this finding, in file order (the other unpinned packages of a command whose first
    /// one is <see cref="Span"/>); empty for most findings.
    /// </summary>
    public IReadOnlyList<RelatedLocation> RelatedLocations { get; init; } = [];

    /// <inheritdoc/>
    public override string ToString() => $"{File?.Path ?? Path}:{Location.Start}: {Severity.ToString().ToLowerInvariant()}: {Message} [{Code}]";
}
