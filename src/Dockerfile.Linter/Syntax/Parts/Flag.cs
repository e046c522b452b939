namespace Dockerfile.Linter.Syntax;

/// <summary>An instruction flag such as <c>--from=build</c>, <c>--link</c> or <c>--mount=type=cache,target=/root/.cache</c>.</summary>
public sealed class Flag : SyntaxNode
{
    /// <summary>The flag as written (<c>--chown="a b"</c>).</summary>
    public required Word Raw { get; init; }

    /// <summary>The name without the leading dashes (<c>chown</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The span of the name including the dashes.</summary>
    public required TextSpan NameSpan { get; init; }

    /// <summary>The value after <c>=</c> with quotes removed and escapes applied, as BuildKit reads it; null for a bare flag (<c>--link</c>).</summary>
    public required string? Value { get; init; }

    /// <summary>The span of the value text after <c>=</c>; null for a bare flag.</summary>
    public required TextSpan? ValueSpan { get; init; }

    /// <summary>Text BuildKit prints for this flag in <c>Node.Dump()</c> (<c>--name=value</c> after unquoting).</summary>
    public string DumpText => Value is null ? "--" + Name : "--" + Name + "=" + Value;
}
