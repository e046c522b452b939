namespace Dockerfile.Linter.Syntax;

/// <summary>
/// One option of <c>HEALTHCHECK CMD</c>: <c>--interval</c>, <c>--timeout</c>, <c>--start-period</c>,
/// <c>--start-interval</c> (Go durations) or <c>--retries</c> (a whole number), with the value BuildKit reads.
/// </summary>
public sealed class HealthcheckOption : SyntaxNode
{
    /// <summary>The flag the option was written as.</summary>
    public required Flag Flag { get; init; }

    /// <summary>The option name without dashes (<c>interval</c>).</summary>
    public string Name => Flag.Name;

    /// <summary>The duration of a duration option (zero means "the default"), or null when not a valid duration.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>The count of <c>--retries</c>, or null when not a valid count.</summary>
    public int? Retries { get; init; }
}
