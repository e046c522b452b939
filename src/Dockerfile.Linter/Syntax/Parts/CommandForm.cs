using System.Collections.Immutable;

namespace Dockerfile.Linter.Syntax;

/// <summary>The command of RUN, CMD, ENTRYPOINT, SHELL or HEALTHCHECK CMD: shell form or exec (JSON) form.</summary>
public abstract class CommandForm : SyntaxNode
{
}

/// <summary>Shell form: one string handed to the shell as written (continuations removed, surrounding blanks trimmed).</summary>
public sealed class ShellForm : CommandForm
{
    /// <summary>The command text of the logical line.</summary>
    public required string Text { get; init; }

    private readonly CompactSourceMap _map;

    /// <summary>Maps offsets in <see cref="Text"/> back to the original file.</summary>
    public required SourceMap Map
    {
        get => _map.Value;
        init => _map = new CompactSourceMap(value);
    }
}

/// <summary>Exec (JSON array) form: each element a decoded string.</summary>
public sealed class ExecForm : CommandForm
{
    /// <summary>The decoded elements; each word's <see cref="SyntaxNode.Span"/> covers its JSON string literal including quotes.</summary>
    public required ImmutableArray<Word> Elements { get; init; }

    /// <summary>The decoded element values.</summary>
    public IEnumerable<string> Values => Elements.Select(e => e.Text);
}
