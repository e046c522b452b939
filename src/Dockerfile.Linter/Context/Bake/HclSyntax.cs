using System.Collections.Immutable;

namespace Dockerfile.Linter.Context.Bake;

/// <summary>A value in the HCL subset bake files use. Expressions the subset does not model are kept as text.</summary>
internal abstract record HclExpression;

/// <summary>A quoted or heredoc string; escapes are decoded, <c>${…}</c> and <c>%{…}</c> templates are kept as written.</summary>
internal sealed record HclString(string Value) : HclExpression;

/// <summary>A number, as written.</summary>
internal sealed record HclNumber(string Text) : HclExpression;

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed record HclBool(bool Value) : HclExpression;

/// <summary><c>null</c>.</summary>
internal sealed record HclNull : HclExpression;

/// <summary>A tuple: <c>[a, b]</c>.</summary>
internal sealed record HclList(ImmutableArray<HclExpression> Items) : HclExpression;

/// <summary>An object: <c>{ key = value, "k": v }</c>; keys in source order, later duplicates win when read.</summary>
internal sealed record HclObject(ImmutableArray<KeyValuePair<string, HclExpression>> Items) : HclExpression;

/// <summary>
/// An expression outside the subset (a variable, function call, conditional, <c>for</c> expression…), as written.
/// </summary>
internal sealed record HclOpaque(string Text) : HclExpression;

/// <summary><c>name = value</c> in a body.</summary>
internal sealed record HclAttribute(string Name, HclExpression Value);

/// <summary><c>type "label" … { body }</c>.</summary>
internal sealed record HclBlock(string Type, ImmutableArray<string> Labels, HclBody Body);

/// <summary>The attributes and blocks of a file or a block, each in source order.</summary>
internal sealed record HclBody(ImmutableArray<HclAttribute> Attributes, ImmutableArray<HclBlock> Blocks)
{
    /// <summary>The last attribute named <paramref name="name"/> (HCL forbids duplicates; the last one wins here).</summary>
    public HclExpression? Get(string name)
    {
        for (var i = Attributes.Length - 1; i >= 0; i--)
            if (Attributes[i].Name == name) return Attributes[i].Value;
        return null;
    }
}

/// <summary>The outcome of parsing HCL text: a body, or an error message (never both null).</summary>
internal sealed record HclParseResult(HclBody? Body, string? Error)
{
    public bool Success => Body is not null;
}
