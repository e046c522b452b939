namespace Dockerfile.Linter.Syntax;

/// <summary>One word of EXPOSE, split as <c>[ip:][hostPort:]port[-end][/protocol]</c> when it holds no variable.</summary>
public sealed class ExposePort : SyntaxNode
{
    /// <summary>The word as written.</summary>
    public required Word Raw { get; init; }

    /// <summary>The (first) container port, or null when not a literal number.</summary>
    public required int? Port { get; init; }

    /// <summary>The end of a range (<c>8000-8010</c>), or null.</summary>
    public required int? EndPort { get; init; }

    /// <summary>The protocol as written (<c>tcp</c>, <c>UDP</c>), or null when absent.</summary>
    public required string? Protocol { get; init; }

    /// <summary>True when the word has an IP address or a host-port mapping (<c>8080:80</c>).</summary>
    public required bool HasHostPart { get; init; }
}
