using System.Collections.Immutable;

namespace Dockerfile.Linter.Syntax;

/// <summary>One <c>key=value</c> option of a RUN <c>--mount</c> flag.</summary>
public sealed class MountOption : SyntaxNode
{
    /// <summary>The key, lower-cased (<c>type</c>, <c>target</c>, <c>id</c> …).</summary>
    public required string Key { get; init; }

    /// <summary>The value; null when the option has no <c>=</c> (<c>ro</c>).</summary>
    public required string? Value { get; init; }
}

/// <summary>A RUN <c>--mount</c> flag parsed into its type and options.</summary>
public sealed class MountSpec : SyntaxNode
{
    /// <summary>The flag this mount came from.</summary>
    public required Flag Flag { get; init; }

    /// <summary>The mount type, lower-cased; <c>bind</c> when not given.</summary>
    public required string Type { get; init; }

    /// <summary>All options in order, including <c>type</c>.</summary>
    public required ImmutableArray<MountOption> Options { get; init; }

    /// <summary>The value of the first option with one of the given keys (case-insensitive), or null.</summary>
    public string? Get(params string[] keys)
    {
        foreach (var o in Options)
            foreach (var k in keys)
                if (string.Equals(o.Key, k, StringComparison.OrdinalIgnoreCase)) return o.Value ?? "";
        return null;
    }

    /// <summary>The mount target (<c>target</c>, <c>dst</c> or <c>destination</c>).</summary>
    public string? Target => Get("target", "dst", "destination");
}
