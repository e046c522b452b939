using System.Buffers;
using System.Text;

namespace Dockerfile.Linter.Secrets;

/// <summary>The entry points rules use: scan free text (RUN, heredocs) or judge one ENV/ARG/LABEL value.</summary>
public static class SecretScanner
{
    /// <summary>
    /// Every secret in <paramref name="text"/> (a RUN command, a heredoc body, a LABEL value): well-known token
    /// formats, passwords in URLs and connection strings, literal password arguments and literal values assigned to
    /// secret-looking variables. No entropy guessing: shell text is full of checksums and fingerprints.
    /// Overlapping findings are reduced to the most specific one. Never throws.
    /// </summary>
    public static IReadOnlyList<SecretFinding> Scan(string? text) => Collect(text, withAssignments: true);

    /// <summary>
    /// The secrets a diagnostic message or a shown source line must not print: well-known token formats, passwords in
    /// URLs and connection strings, and literal password arguments (not guesses from variable names). Never throws.
    /// </summary>
    public static IReadOnlyList<SecretFinding> ScanForDisplay(string? text) => Collect(text, withAssignments: false);

    /// <summary>
    /// False when <see cref="ScanForDisplay"/> cannot find anything in <paramref name="text"/>: it holds no format
    /// literal or password command word, no <c>=</c> (connection strings, <c>aws_secret_access_key=</c>), no <c>--</c>
    /// (password options), no <c>://</c> (URL passwords), and no <c>secret</c> in any case next to a <c>:</c> (the AWS
    /// secret key written <c>aws_secret_access_key: …</c>; any non-ASCII text counts, as the regex folds a few such letters).
    /// Most diagnostic messages pass none of these, and are shown without scanning them.
    /// </summary>
    internal static bool MayHoldDisplaySecret(ReadOnlySpan<char> text) =>
        text.Contains('=') || text.IndexOf("--", StringComparison.Ordinal) >= 0 || SecretAnchors.Any(text)
        || text.Contains(':') && (text.IndexOf("://", StringComparison.Ordinal) >= 0 || !Ascii.IsValid(text)
            || text.Contains("secret", StringComparison.OrdinalIgnoreCase));

    // Assignments are judged by the variable's name, a guess a masked message or code frame does not need.
    private static IReadOnlyList<SecretFinding> Collect(string? text, bool withAssignments)
    {
        if (string.IsNullOrEmpty(text)) return [];
        // Most texts hold no secret: no list is made until one is found.
        List<SecretFinding>? all = null;
        // The format literals and command words are searched for once, for both scanners that need them.
        ulong anchors = SecretAnchors.Find(text);
        Add(ref all, KnownSecretFormats.Find(text, anchors));
        Add(ref all, CredentialPatterns.FindUrlCredentials(text));
        Add(ref all, CredentialPatterns.FindConnectionStringSecrets(text));
        Add(ref all, CredentialPatterns.FindPasswordArguments(text, SecretAnchors.CommandWords(anchors)));
        if (withAssignments) Add(ref all, CredentialPatterns.FindSecretAssignments(text));
        return all is null ? [] : RemoveOverlaps(all, text.Length);
    }

    private static void Add(ref List<SecretFinding>? all, IReadOnlyList<SecretFinding> found)
    {
        if (found.Count > 0) (all ??= []).AddRange(found);
    }

    /// <summary>
    /// Judges one value written for <paramref name="name"/> (an ENV/ARG/LABEL key, or null when there is none).
    /// <paramref name="value"/> is the value with its quotes removed; offsets in the finding are relative to it.
    /// Returns, in order of preference: a well-known token or credential inside the value; the whole value when the
    /// name is a secret name and the value a literal (<see cref="SecretKind.SecretAssignment"/>); a high-entropy value
    /// (<see cref="SecretKind.HighEntropyString"/>) unless the name says it is a digest, fingerprint, commit or version.
    /// Public material is never a finding: values shaped like public keys, certificates, signatures or digests, and
    /// names of public material (<c>…_PUBKEY</c>, <c>…_SIGNATURE</c>, <c>CA_CERT</c>) without a private word.
    /// Null when nothing looks secret. Never throws.
    /// </summary>
    public static SecretFinding? ClassifyValue(string? name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        // Public keys, certificates, signatures and digests are published on purpose.
        if (PublicKeyMaterial.LooksPublic(value)) return null;
        var inside = Scan(value);
        if (inside.Count > 0) return inside[0];
        if (value.Contains('$') || value.Contains('`')) return null;
        if (PublicKeyMaterial.IsPublicName(name)) return null;

        string? secretWord = SecretNames.FindSecretWord(name);
        // A connection string is only secret when it holds a password or key, which Scan looks for above.
        if (secretWord == "connection string") return null;
        if (secretWord is not null)
            return SecretLiterals.IsLiteralSecretCandidate(value)
                ? new SecretFinding(SecretKind.SecretAssignment, 0, value.Length, value)
                : null;

        var token = value.AsSpan().Trim();
        // The name is looked at last: few values look random, and splitting every name into words is not free.
        if (Entropy.IsHighEntropy(token, allowHex: false) && !SecretLiterals.LooksLikePathOrFile(token.ToString())
            && !SecretLiterals.IsDigestOrIdentifierName(name))
        {
            int start = value.IndexOf(token[0]);
            return new SecretFinding(SecretKind.HighEntropyString, start, token.Length, token.ToString());
        }
        return null;
    }

    private static IReadOnlyList<SecretFinding> RemoveOverlaps(List<SecretFinding> findings, int textLength)
    {
        if (findings.Count == 0) return [];
        // Earlier entries are more specific (known formats first), so they win ties.
        var kept = new List<SecretFinding>();
        if (findings.Count <= 8)
        {
            foreach (var finding in findings)
                if (!kept.Any(k => finding.Start < k.End && k.Start < finding.End)) kept.Add(finding);
        }
        else
        {
            // Many findings (a hostile text): mark the characters the kept ones cover, so that each finding is judged
            // by its own characters rather than against every kept one. Each pattern's matches barely overlap, so the
            // characters looked at add up to a small multiple of the text's length.
            var covered = ArrayPool<bool>.Shared.Rent(textLength);
            Array.Clear(covered, 0, textLength);
            foreach (var finding in findings)
            {
                var span = covered.AsSpan(finding.Start, finding.Length);
                if (span.Contains(true)) continue;
                span.Fill(true);
                kept.Add(finding);
            }
            ArrayPool<bool>.Shared.Return(covered);
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
