namespace Dockerfile.Linter.Syntax;

/// <summary>Base of every node in the Dockerfile syntax tree. Nodes are immutable.</summary>
public abstract class SyntaxNode
{
    /// <summary>The node's exact range in the original text (significant characters only: no leading indentation or trailing newline).</summary>
    public required TextSpan Span { get; init; }
}
