namespace Dockerfile.Linter.Syntax;

/// <summary>A heredoc attached to RUN, COPY or ADD (<c>&lt;&lt;EOF</c> … <c>EOF</c>).</summary>
public sealed class Heredoc : SyntaxNode
{
    /// <summary>The delimiter name with quotes removed (<c>EOF</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The span of the <c>&lt;&lt;EOF</c> word on the instruction line.</summary>
    public required TextSpan MarkerSpan { get; init; }

    /// <summary>File descriptor digits before <c>&lt;&lt;</c>, or 0 when absent.</summary>
    public required int FileDescriptor { get; init; }

    /// <summary>False when any part of the delimiter was quoted: the body is then not variable-expanded.</summary>
    public required bool Expand { get; init; }

    /// <summary>True for <c>&lt;&lt;-</c>: leading tabs are stripped from body lines when used.</summary>
    public required bool Chomp { get; init; }

    /// <summary>The body exactly as written (original line endings), without the terminating delimiter line.</summary>
    public required string Content { get; init; }

    /// <summary>The span of <see cref="Content"/> in the original text (contiguous).</summary>
    public required TextSpan ContentSpan { get; init; }

    /// <summary>The span of the terminating delimiter line (empty when unterminated).</summary>
    public required TextSpan TerminatorSpan { get; init; }
}
