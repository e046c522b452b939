using System.Collections.Immutable;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>A pipeline: one or more commands joined by <c>|</c> or <c>|&amp;</c>, optionally negated by <c>!</c>.</summary>
public sealed class ShellPipeline
{
    internal ShellPipeline() { }

    /// <summary>The simple commands that are direct elements of the pipeline, in order (compound elements such as <c>( … )</c> are counted in <see cref="ElementCount"/> but their inner commands are not listed here).</summary>
    public ImmutableArray<ShellCommand> Commands { get; internal set; } = [];

    /// <summary>Number of pipeline elements (simple or compound commands).</summary>
    public int ElementCount { get; internal set; }

    /// <summary>True when the pipeline has two or more elements, i.e. uses <c>|</c> or <c>|&amp;</c>.</summary>
    public bool HasPipe => ElementCount > 1;

    /// <summary>True when the pipeline is prefixed by <c>!</c>.</summary>
    public bool IsNegated { get; internal set; }

    /// <summary>The range of the <c>!</c> of a negated pipeline.</summary>
    internal TextSpan NegationSpan { get; set; }

    /// <summary>The range from the first to the last element.</summary>
    public TextSpan Span { get; internal set; }
}
