namespace Dockerfile.Linter.Syntax;

/// <summary>
/// A word of an instruction as written: quotes and escape characters kept, line continuations removed.
/// Use the variable expander (<c>Dockerfile.Linter.Expansion</c>) to get the value the builder sees.
/// </summary>
public sealed class Word : SyntaxNode
{
    /// <summary>The text of the word in the logical (joined) line.</summary>
    public required string Text { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
