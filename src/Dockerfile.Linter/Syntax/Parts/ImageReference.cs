namespace Dockerfile.Linter.Syntax;

/// <summary>The image of a FROM instruction: <c>[registry/]repository[:tag][@digest]</c>, <c>scratch</c>, a stage name or a variable.</summary>
public sealed class ImageReference : SyntaxNode
{
    /// <summary>The image word as written.</summary>
    public required string Text { get; init; }

    /// <summary>The registry host (<c>ghcr.io</c>, <c>localhost:5000</c>), or null when the reference names none.</summary>
    public required string? Registry { get; init; }

    /// <summary>The repository path (<c>library/ubuntu</c>, <c>ubuntu</c>).</summary>
    public required string Repository { get; init; }

    /// <summary>The tag, or null.</summary>
    public required string? Tag { get; init; }

    /// <summary>The digest (<c>sha256:…</c>), or null.</summary>
    public required string? Digest { get; init; }

    /// <summary>True when the text contains a variable reference (<c>$BASE</c>).</summary>
    public required bool HasVariable { get; init; }

    /// <summary>Splits an image reference text into its parts. Never throws.</summary>
    public static ImageReference Parse(string text, TextSpan span)
    {
        string rest = text;
        string? digest = null, tag = null, registry = null;
        int at = rest.IndexOf('@');
        if (at >= 0) { digest = rest[(at + 1)..]; rest = rest[..at]; }
        int slash = rest.IndexOf('/');
        if (slash > 0)
        {
            string first = rest[..slash];
            if (first.Contains('.') || first.Contains(':') || first == "localhost")
            {
                registry = first;
                rest = rest[(slash + 1)..];
            }
        }
        int colon = rest.LastIndexOf(':');
        if (colon >= 0 && rest.IndexOf('/', colon) < 0)
        {
            tag = rest[(colon + 1)..];
            rest = rest[..colon];
        }
        return new ImageReference
        {
            Span = span, Text = text, Registry = registry, Repository = rest, Tag = tag, Digest = digest,
            HasVariable = text.Contains('$'),
        };
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
