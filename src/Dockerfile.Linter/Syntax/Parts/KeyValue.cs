namespace Dockerfile.Linter.Syntax;

/// <summary>A key/value pair of ENV or LABEL.</summary>
public sealed class KeyValue : SyntaxNode
{
    /// <summary>The key as written (quotes kept).</summary>
    public required Word Key { get; init; }

    /// <summary>The value as written (quotes kept); for the legacy form the raw remainder of the line.</summary>
    public required Word Value { get; init; }

    /// <summary>True for the legacy <c>ENV key value</c> form (no <c>=</c>).</summary>
    public required bool IsLegacy { get; init; }
}

/// <summary>One declaration of an ARG instruction (<c>NAME</c> or <c>NAME=default</c>).</summary>
public sealed class ArgDeclaration : SyntaxNode
{
    /// <summary>The whole word as written.</summary>
    public required Word Raw { get; init; }

    /// <summary>The name (text before the first <c>=</c>).</summary>
    public required Word Name { get; init; }

    /// <summary>The default value as written (quotes kept), or null when there is no <c>=</c>.</summary>
    public required Word? DefaultValue { get; init; }
}
