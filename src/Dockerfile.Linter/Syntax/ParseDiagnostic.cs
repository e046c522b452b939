namespace Dockerfile.Linter.Syntax;

/// <summary>A problem found while parsing: an error BuildKit would refuse the file for, or one of its parse warnings.</summary>
public sealed class ParseDiagnostic
{
    /// <summary>A stable identifier of the kind of problem (<c>no-instructions</c>, <c>unterminated-heredoc</c> …).</summary>
    public required string Id { get; init; }

    /// <summary>Error for what BuildKit rejects; warning for its parse warnings.</summary>
    public required Severity Severity { get; init; }

    /// <summary>A human-readable message.</summary>
    public required string Message { get; init; }

    /// <summary>Where the problem is.</summary>
    public required TextSpan Span { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Severity} {Id} at {Span}: {Message}";
}
