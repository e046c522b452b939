using System.Collections.Immutable;

namespace Dockerfile.Linter.Syntax;

/// <summary>A build stage: a FROM instruction and every instruction up to the next FROM.</summary>
public sealed class Stage : SyntaxNode
{
    /// <summary>0-based position among the stages.</summary>
    public required int Index { get; init; }

    /// <summary>The FROM instruction that opens the stage.</summary>
    public required FromInstruction From { get; init; }

    /// <summary>The stage name lower-cased, or null for an unnamed stage.</summary>
    public required string? Name { get; init; }

    /// <summary>The instructions after FROM, in order.</summary>
    public required ImmutableArray<Instruction> Instructions { get; init; }
}
