using System.Collections.Immutable;

namespace Dockerfile.Linter.Expansion;

/// <summary>The outcome of expanding a word: a value (and its word split) or an error, plus the variables it referenced.</summary>
public sealed class ExpansionResult
{
    internal ExpansionResult(string? value, ImmutableArray<string> words, ExpansionError? error,
        ImmutableArray<string> referenced, ImmutableArray<string> unresolved)
    {
        Value = value;
        Words = words;
        Error = error;
        ReferencedNames = referenced;
        UnresolvedNames = unresolved;
    }

    /// <summary>True when expansion succeeded (<see cref="Error"/> is null).</summary>
    public bool Success => Error is null;

    /// <summary>The expanded single word (BuildKit's <c>ProcessWord</c> result); null when expansion failed.</summary>
    public string? Value { get; }

    /// <summary>
    /// The expanded text split into words after expansion (BuildKit's <c>ProcessWords</c>): unquoted expansion
    /// results are split on whitespace, quoted and escaped text is not. Empty when expansion failed.
    /// </summary>
    public ImmutableArray<string> Words { get; }

    /// <summary>The failure, or null.</summary>
    public ExpansionError? Error { get; }

    /// <summary>Every variable name looked up (found or not), in lookup order (a modifier's word is expanded before its variable is looked up: <c>${A:-$B}</c> gives B, A). Looked-up names before an error are included.</summary>
    public ImmutableArray<string> ReferencedNames { get; }

    /// <summary>The looked-up names that were not set (BuildKit's "unmatched" set), in lookup order.</summary>
    public ImmutableArray<string> UnresolvedNames { get; }

    /// <summary>The value when expansion succeeded, otherwise <paramref name="fallback"/>.</summary>
    public string ValueOr(string fallback) => Value ?? fallback;

    /// <inheritdoc/>
    public override string ToString() => Success ? Value! : "error: " + Error!.Message;
}
