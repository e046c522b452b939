namespace Dockerfile.Linter.Secrets;

/// <summary>Hides secret values before they reach a diagnostic message.</summary>
public static class SecretMask
{
    /// <summary>
    /// Keeps a short prefix of <paramref name="value"/> and replaces every other character with <c>*</c>:
    /// four characters for values of 16 or more, two for 8–15, one for 4–7, none for shorter values.
    /// The result has the same length as the input, so <c>ghp_abc…</c> becomes <c>ghp_****…</c>.
    /// </summary>
    public static string Mask(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        int keep = value.Length switch
        {
            >= 16 => 4,
            >= 8 => 2,
            >= 4 => 1,
            _ => 0,
        };
        return string.Create(value.Length, (value, keep), static (span, state) =>
        {
            state.value.AsSpan(0, state.keep).CopyTo(span);
            span[state.keep..].Fill('*');
        });
    }

    /// <summary>
    /// <paramref name="text"/> with every secret <see cref="SecretScanner.ScanForDisplay"/> finds replaced by its
    /// <see cref="Mask"/> (same length). Applied to every diagnostic message, whichever rule wrote it.
    /// </summary>
    public static string MaskSecretsIn(string text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
        if (!SecretScanner.MayHoldDisplaySecret(text)) return text;
        var findings = SecretScanner.ScanForDisplay(text);
        if (findings.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var finding in findings)
            Mask(finding.Value).AsSpan().CopyTo(chars.AsSpan(finding.Start, finding.Length));
        return new string(chars);
    }
}
