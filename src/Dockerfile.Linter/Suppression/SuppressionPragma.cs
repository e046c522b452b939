using System.Collections.Immutable;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Suppression;

/// <summary>Where a suppression comment applies.</summary>
internal enum SuppressionScope
{
    /// <summary><c># hadolint ignore=…</c>: the next instruction, all its lines.</summary>
    NextInstruction,
    /// <summary><c># hadolint stage ignore=…</c>: from the next instruction to the end of its stage.</summary>
    Stage,
    /// <summary><c># hadolint global ignore=…</c>: the whole file.</summary>
    Global,
}

/// <summary>One rule reference in a suppression comment, as written.</summary>
/// <param name="Text">The code, name or alias, trimmed.</param>
/// <param name="Span">Where it is written.</param>
internal sealed record SuppressionEntry(string Text, TextSpan Span);

/// <summary>
/// A suppression comment: <c># hadolint [global|stage] ignore=CODE,…</c> or
/// <c># dockerfile-lint [global|stage] ignore=CODE,…</c>, optionally followed by <c># reason</c>.
/// </summary>
internal sealed class SuppressionPragma
{
    /// <summary>The tool the comment addresses as written (<c>hadolint</c> or <c>dockerfile-lint</c>).</summary>
    public required string Tool { get; init; }

    /// <summary>Where the pragma applies.</summary>
    public required SuppressionScope Scope { get; init; }

    /// <summary>The comment line holding the pragma.</summary>
    public required Comment Comment { get; init; }

    /// <summary>The rule references, in order.</summary>
    public required ImmutableArray<SuppressionEntry> Entries { get; init; }

    /// <summary>The range of text the pragma covers (empty when nothing follows it).</summary>
    public required TextSpan Covers { get; init; }

    /// <summary>True when a finding starting at <paramref name="span"/> lies in <see cref="Covers"/>.</summary>
    public bool AppliesTo(TextSpan span) =>
        Scope == SuppressionScope.Global || (span.Start >= Covers.Start && span.Start < Covers.End);
}
