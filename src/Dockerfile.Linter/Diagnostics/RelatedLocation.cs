using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Diagnostics;

/// <summary>
/// Another place in the file that belongs to a finding: the other unpinned packages of one <c>apt-get install</c>,
/// say, when the finding itself points at the first. Reports show it next to the finding (SARIF
/// <c>relatedLocations</c>, JSON <c>related</c>).
/// </summary>
public sealed class RelatedLocation
{
    /// <summary>The range in the file.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The 1-based start and end positions of <see cref="Span"/>.</summary>
    public required LinePositionSpan Location { get; init; }

    /// <summary>What is at this place (<c>'curl' is not pinned</c>).</summary>
    public required string Message { get; init; }

    /// <summary>The file this place is in when it is not the linted Dockerfile; null for the Dockerfile.</summary>
    public DiagnosticFile? File { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Location.Start}: {Message}";
}

/// <summary>A related place as a rule reports it: a span and a message (positions are added by the engine).</summary>
/// <param name="Span">The range in the file.</param>
/// <param name="Message">What is at this place.</param>
public readonly record struct RelatedSpan(TextSpan Span, string Message);
