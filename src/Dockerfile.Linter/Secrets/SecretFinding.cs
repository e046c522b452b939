namespace Dockerfile.Linter.Secrets;

/// <summary>
/// A secret found in a piece of text. <see cref="Start"/> and <see cref="Length"/> locate the secret value itself
/// (not its surroundings) in the text that was scanned.
/// </summary>
/// <param name="Kind">What kind of secret it is.</param>
/// <param name="Start">Offset of the secret value in the scanned text.</param>
/// <param name="Length">Length of the secret value.</param>
/// <param name="Value">The secret value. Never put it in a message: use <see cref="Masked"/>.</param>
public readonly record struct SecretFinding(SecretKind Kind, int Start, int Length, string Value)
{
    /// <summary>Offset just past the secret value.</summary>
    public int End => Start + Length;

    /// <summary>The value masked with <see cref="SecretMask.Mask"/>, safe to show.</summary>
    public string Masked => SecretMask.Mask(Value);

    /// <summary>A short human description of <see cref="Kind"/> (<c>GitHub token</c>).</summary>
    public string Description => SecretKinds.Describe(Kind);

    /// <summary>Never prints the value.</summary>
    public override string ToString() => $"{Description} '{Masked}' at {Start}";
}
