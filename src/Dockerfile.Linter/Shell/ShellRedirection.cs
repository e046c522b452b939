using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>A redirection such as <c>&gt; /dev/null</c>, <c>2&gt;&amp;1</c>, <c>&lt; in</c> or a heredoc <c>&lt;&lt;EOF</c>.</summary>
public sealed class ShellRedirection
{
    internal ShellRedirection(string op, int? fileDescriptor, ShellWord? target, TextSpan span)
    {
        Operator = op;
        FileDescriptor = fileDescriptor;
        Target = target;
        Span = span;
    }

    /// <summary>The operator: <c>&gt;</c>, <c>&gt;&gt;</c>, <c>&lt;</c>, <c>&lt;&lt;</c>, <c>&lt;&lt;-</c>, <c>&lt;&lt;&lt;</c>, <c>&gt;&amp;</c>, <c>&lt;&amp;</c>, <c>&lt;&gt;</c>, <c>&gt;|</c>, <c>&amp;&gt;</c>, <c>&amp;&gt;&gt;</c>.</summary>
    public string Operator { get; }

    /// <summary>The explicit file-descriptor number before the operator (<c>2</c> in <c>2&gt;&amp;1</c>), or null.</summary>
    public int? FileDescriptor { get; }

    /// <summary>The target word (file, descriptor, heredoc delimiter); null when missing.</summary>
    public ShellWord? Target { get; }

    /// <summary>The range from the descriptor/operator to the end of the target.</summary>
    public TextSpan Span { get; }

    /// <summary>True for <c>&lt;&lt;</c> and <c>&lt;&lt;-</c>.</summary>
    public bool IsHeredoc => Operator is "<<" or "<<-";

    /// <summary>For a heredoc found inside the shell text: its body (null when the body is not part of the parsed text, as for a RUN heredoc whose body BuildKit keeps separately).</summary>
    public string? HeredocBody { get; internal set; }

    /// <summary>The range of <see cref="HeredocBody"/>, when present.</summary>
    public TextSpan? HeredocBodySpan { get; internal set; }

    /// <inheritdoc/>
    public override string ToString() => (FileDescriptor?.ToString() ?? "") + Operator + (Target?.Text ?? "");
}
