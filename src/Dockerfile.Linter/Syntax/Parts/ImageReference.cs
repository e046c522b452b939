namespace Dockerfile.Linter.Syntax;

/// <summary>
/// An image reference: <c>[registry/]repository[:tag][@digest]</c>, <c>scratch</c>, a stage name or a text with
/// variables. The parser (<c>Dockerfile.Linter.Parsing.DockerfileParser.ParseImageReference</c>) cuts any text into
/// these parts and tells whether the whole is a reference the builder accepts.
/// </summary>
public sealed class ImageReference : SyntaxNode
{
    // The registry, the digest and a problem (with their spans) sit in one object made only when one is present: most
    // references name neither (alpine:3.20), and a file of millions of FROM lines keeps one reference per line.
    private RareParts? _rare;

    private RareParts Rare() => _rare ??= new RareParts();

    private sealed class RareParts
    {
        public string? Registry;
        public TextSpan? RegistrySpan;
        public string? Digest;
        public TextSpan? DigestSpan;
        public string? Problem;
    }

    /// <summary>The image text as written (or as given, for a reference read from an expanded value).</summary>
    public required string Text { get; init; }

    /// <summary>The registry host (<c>ghcr.io</c>, <c>localhost:5000</c>), or null when the reference names none.</summary>
    public required string? Registry
    {
        get => _rare?.Registry;
        init { if (value is not null) Rare().Registry = value; }
    }

    /// <summary>The range of <see cref="Registry"/>, or null.</summary>
    public TextSpan? RegistrySpan
    {
        get => _rare?.RegistrySpan;
        init { if (value is not null) Rare().RegistrySpan = value; }
    }

    /// <summary>The repository path (<c>library/ubuntu</c>, <c>ubuntu</c>).</summary>
    public required string Repository { get; init; }

    /// <summary>The range of <see cref="Repository"/>.</summary>
    public TextSpan RepositorySpan { get; init; }

    /// <summary>The tag, or null.</summary>
    public required string? Tag { get; init; }

    // TagSpan as a start and a length (0 without a span, else the length plus one) rather than a nullable span, with
    // HasVariable in the top bit: the reference is then 8 bytes smaller.
    private const int HasVariableBit = 1 << 31;
    private readonly int _tagStart;
    private readonly int _tagLengthAndVariable;

    /// <summary>The range of <see cref="Tag"/> (after the <c>:</c>), or null.</summary>
    public TextSpan? TagSpan
    {
        get => (_tagLengthAndVariable & ~HasVariableBit) is var length and > 0 ? new TextSpan(_tagStart, length - 1) : null;
        init
        {
            _tagStart = value?.Start ?? 0;
            _tagLengthAndVariable = (_tagLengthAndVariable & HasVariableBit) | (value is { } span ? span.Length + 1 : 0);
        }
    }

    /// <summary>The digest (<c>sha256:…</c>), or null.</summary>
    public required string? Digest
    {
        get => _rare?.Digest;
        init { if (value is not null) Rare().Digest = value; }
    }

    /// <summary>The range of <see cref="Digest"/> (after the <c>@</c>), or null.</summary>
    public TextSpan? DigestSpan
    {
        get => _rare?.DigestSpan;
        init { if (value is not null) Rare().DigestSpan = value; }
    }

    /// <summary>True when the text contains a variable reference (<c>$BASE</c>).</summary>
    public required bool HasVariable
    {
        get => (_tagLengthAndVariable & HasVariableBit) != 0;
        init => _tagLengthAndVariable = value ? _tagLengthAndVariable | HasVariableBit : _tagLengthAndVariable & ~HasVariableBit;
    }

    /// <summary>
    /// Null when the text is a valid reference; otherwise what the reference grammar expected where
    /// (<c>expected a lower-case letter or digit at offset 0</c> for <c>Ubuntu</c>), offsets counted in
    /// <see cref="Text"/>. A text with variables is judged as written: expand it first to judge its value.
    /// </summary>
    public string? Problem
    {
        get => _rare?.Problem;
        init { if (value is not null) Rare().Problem = value; }
    }

    /// <summary>True when <see cref="Text"/> is a reference the builder accepts as it stands.</summary>
    public bool IsValid => Problem is null;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
