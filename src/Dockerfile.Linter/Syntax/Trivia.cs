namespace Dockerfile.Linter.Syntax;

/// <summary>A comment line (<c># …</c>) outside any instruction.</summary>
public sealed class Comment : SyntaxNode
{
    /// <summary>The text after <c>#</c>, not trimmed.</summary>
    public required string Text { get; init; }

    /// <summary>The whole line with its terminator.</summary>
    public required TextSpan FullSpan { get; init; }
}

/// <summary>A parser directive at the top of the file (<c># syntax=…</c>, <c># escape=…</c>, <c># check=…</c>).</summary>
public sealed class ParserDirective : SyntaxNode
{
    /// <summary>The directive name, lower-cased.</summary>
    public required string Name { get; init; }

    /// <summary>The value, trimmed.</summary>
    public required string Value { get; init; }

    /// <summary>The span of the name.</summary>
    public required TextSpan NameSpan { get; init; }

    /// <summary>The span of the value.</summary>
    public required TextSpan ValueSpan { get; init; }

    /// <summary>The whole line with its terminator.</summary>
    public required TextSpan FullSpan { get; init; }
}

/// <summary>A line holding only whitespace, outside any instruction.</summary>
public sealed class BlankLine : SyntaxNode
{
    /// <summary>The whole line with its terminator.</summary>
    public required TextSpan FullSpan { get; init; }
}
