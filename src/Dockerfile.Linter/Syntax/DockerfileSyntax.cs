using System.Collections.Immutable;
using System.Text;

namespace Dockerfile.Linter.Syntax;

/// <summary>The root of a parsed Dockerfile: lossless, with exact spans, and never null even for broken input.</summary>
public sealed class DockerfileSyntax
{
    /// <summary>The original text.</summary>
    public required SourceText Source { get; init; }

    /// <summary>The escape character in effect (<c>\</c> or <c>`</c>).</summary>
    public required char EscapeCharacter { get; init; }

    /// <summary>Parser directives at the top of the file.</summary>
    public required ImmutableArray<ParserDirective> Directives { get; init; }

    /// <summary>Top-level comment lines (not those inside continuations).</summary>
    public required ImmutableArray<Comment> Comments { get; init; }

    /// <summary>Top-level instructions in file order (ONBUILD triggers are nested in their ONBUILD).</summary>
    public required ImmutableArray<Instruction> Instructions { get; init; }

    /// <summary>ARG instructions before the first FROM.</summary>
    public required ImmutableArray<ArgInstruction> GlobalArgs { get; init; }

    /// <summary>The build stages in order.</summary>
    public required ImmutableArray<Stage> Stages { get; init; }

    /// <summary>
    /// Every top-level element (directives, comments, blank lines, instructions) in order. Their full spans tile the
    /// text: concatenating them reproduces it byte for byte.
    /// </summary>
    public required ImmutableArray<SyntaxNode> Elements { get; init; }

    /// <summary>Parse errors and warnings, in order of position.</summary>
    public required ImmutableArray<ParseDiagnostic> Diagnostics { get; init; }

    /// <summary>True when the parse produced at least one error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Dockerfile.Linter.Severity.Error);

    /// <summary>The value of a parser directive (lower-case name), or null.</summary>
    public string? GetDirective(string name) =>
        Directives.FirstOrDefault(d => d.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>The full span of a top-level element.</summary>
    public static TextSpan GetFullSpan(SyntaxNode element) => element switch
    {
        Instruction i => i.FullSpan,
        Comment c => c.FullSpan,
        ParserDirective d => d.FullSpan,
        BlankLine b => b.FullSpan,
        _ => element.Span,
    };

    /// <summary>Rebuilds the text from <see cref="Elements"/>; equals <see cref="SourceText.Text"/> for every input.</summary>
    public string ToFullString()
    {
        var sb = new StringBuilder(Source.Length);
        foreach (var e in Elements)
        {
            var s = GetFullSpan(e);
            sb.Append(Source.Text, s.Start, s.Length);
        }
        return sb.ToString();
    }
}
