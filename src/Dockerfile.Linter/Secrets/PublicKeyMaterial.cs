using System.Buffers;
using System.Text.RegularExpressions;

namespace Dockerfile.Linter.Secrets;

/// <summary>
/// Recognises values that look random but are meant to be published: public keys, certificates, signatures,
/// checksums and fingerprints (by the name that holds them, or by the shape of the value).
/// </summary>
public static partial class PublicKeyMaterial
{
    // Words of a name that say its value is public material (MINIO_UPDATE_MINISIGN_PUBKEY, COSIGN_PUBLIC_KEY, CA_CERT).
    private static readonly HashSet<string> PublicWords = new(StringComparer.Ordinal)
    {
        "pubkey", "pubkeys", "publickey", "publickeys", "public", "pub", "signature", "signatures", "sig", "sigs",
        "minisign", "signify", "cert", "certs", "certificate", "certificates", "crt", "fingerprint", "fingerprints",
        "checksum", "checksums", "digest", "knownhosts", "hostkey", "hostkeys",
    };

    // With these the value is secret whatever else the name says (SIGNATURE_SECRET, CERT_PRIVATE_KEY, CERT_PASSWORD).
    private static readonly HashSet<string> PrivateWords = new(StringComparer.Ordinal)
    {
        "private", "priv", "secret", "password", "passwd", "passphrase", "pass", "token", "privatekey", "secretkey",
    };

    private static readonly HashSet<string> PublicKeyWords = new(StringComparer.Ordinal)
    {
        "public", "pub", "minisign", "signify", "host", "verify", "verification",
    };

    /// <summary>True when <paramref name="name"/> names public material (a public key, signature, certificate, checksum or fingerprint) and nothing private.</summary>
    public static bool IsPublicName(string? name)
    {
        if (string.IsNullOrEmpty(name) || !name.AsSpan().ContainsAny(PublicWordParts)) return false;
        var words = SecretNames.SplitWords(name);
        if (!AnyIn(words, PublicWords) || AnyIn(words, PrivateWords)) return false;
        // A "key" is only public when the name says so (CA_CERT is public, CERT_KEY is the certificate's private key).
        bool key = false;
        foreach (var word in words) key |= word is "key" or "keys";
        return !key || AnyIn(words, PublicKeyWords);
    }

    // Every public word holds one of these, and a name's words are pieces of the name in lower case: a name holding
    // none of them (most ENV, ARG and LABEL keys) names no public material and is not split into words.
    private static readonly SearchValues<string> PublicWordParts = SearchValues.Create(
        ["pub", "sig", "cert", "crt", "fingerprint", "checksum", "digest", "knownhosts", "hostkey"], StringComparison.OrdinalIgnoreCase);

    private static bool AnyIn(IReadOnlyList<string> words, HashSet<string> set)
    {
        foreach (var word in words)
            if (set.Contains(word)) return true;
        return false;
    }

    /// <summary>
    /// True when <paramref name="value"/> has the shape of public material: an SSH public key (<c>ssh-ed25519 AAAA…</c>),
    /// a PEM public key, certificate or PGP public key/signature block, a minisign/signify public key (<c>RW…</c>),
    /// an age recipient (<c>age1…</c>) or a digest (<c>sha256:…</c>, <c>sha512-…</c>).
    /// </summary>
    public static bool LooksPublic(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return false;
        var v = value.Trim();
        if (v.Contains("PRIVATE KEY", StringComparison.Ordinal)) return false;
        // Each regex behind a literal every match holds: most values hold none, and no automaton is built for them.
        return (v.Contains("-----BEGIN ", StringComparison.Ordinal) && PublicPemBlock().IsMatch(v))
            || (v.Contains("AAAA", StringComparison.Ordinal) && SshPublicKey().IsMatch(v))
            || (v.StartsWith("RW", StringComparison.Ordinal) && MinisignKey().IsMatch(v))
            || (v.StartsWith("age1", StringComparison.Ordinal) && AgeRecipient().IsMatch(v))
            || (v.StartsWith("sha", StringComparison.Ordinal) && Digest().IsMatch(v))
            || v.StartsWith("untrusted comment:", StringComparison.Ordinal);
    }

    // Source-generated with the backtracking engine, which is linear here: each pattern is anchored at the start of
    // the value or begins with a fixed header, and no two quantifiers compete for the same characters.
    [GeneratedRegex(@"-----BEGIN (?:RSA |EC |SSH2 )?(?:PUBLIC KEY|CERTIFICATE|PGP PUBLIC KEY BLOCK|PGP SIGNATURE|SSH SIGNATURE|X509 CRL)-----")]
    private static partial Regex PublicPemBlock();

    [GeneratedRegex(@"^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)\s+AAAA[A-Za-z0-9+/]+={0,3}(?:\s.*)?$")]
    private static partial Regex SshPublicKey();

    // minisign/signify public keys: "Ed" + 8-byte key id + 32-byte key, base64 = 56 characters starting with "RW".
    [GeneratedRegex(@"^RW[A-Za-z0-9+/]{54}$")]
    private static partial Regex MinisignKey();

    [GeneratedRegex(@"^age1[02-9ac-hj-np-z]{58}$")]
    private static partial Regex AgeRecipient();

    [GeneratedRegex(@"^(?:sha(?:1|224|256|384|512):[0-9a-fA-F]{40,128}|sha(?:256|384|512)-[A-Za-z0-9+/]{40,88}={0,2})$")]
    private static partial Regex Digest();
}
