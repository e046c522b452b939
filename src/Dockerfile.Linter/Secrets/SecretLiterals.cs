using System.Text.RegularExpressions;

namespace Dockerfile.Linter.Secrets;

/// <summary>Decides whether a value written next to a secret name is an actual literal secret.</summary>
public static partial class SecretLiterals
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "pass", "password", "passwd", "secret", "token", "key", "apikey", "api_key", "changeme", "change_me",
        "change-me", "changeit", "replaceme", "replace_me", "placeholder", "dummy", "fake", "example", "sample",
        "test", "none", "null", "nil", "undefined", "unset", "empty", "redacted", "hidden", "masked", "todo",
        "true", "false", "yes", "no", "on", "off", "y", "n", "xxx", "foo", "bar", "mypassword", "mysecret",
        "yourpassword", "your_password", "your-password", "yoursecret", "your_token", "your-token", "<none>",
    };

    /// <summary>
    /// True when <paramref name="value"/> (quotes already removed) is a literal that could be a secret: not empty,
    /// no variable reference or command substitution, not a placeholder (<c>changeme</c>, <c>&lt;token&gt;</c>,
    /// <c>xxxx</c>, <c>***</c>), not a boolean or a small number, not a path or a file name.
    /// </summary>
    public static bool IsLiteralSecretCandidate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return false;
        var v = value.Trim();
        if (v.Contains('$') || v.Contains('`')) return false;
        if (v.StartsWith('-')) return false;
        if (IsPlaceholder(v)) return false;
        if (v.Length <= 5 && v.All(char.IsAsciiDigit)) return false;
        if (LooksLikePathOrFile(v)) return false;
        return true;
    }

    /// <summary>True for obvious placeholders: <c>changeme</c>, <c>&lt;password&gt;</c>, <c>{{token}}</c>, <c>xxxx</c>, <c>****</c>, <c>...</c>.</summary>
    public static bool IsPlaceholder(string value)
    {
        var v = value.Trim();
        if (v.Length == 0) return true;
        if (Placeholders.Contains(v)) return true;
        if (v.StartsWith('<') && v.EndsWith('>')) return true;
        if (v.StartsWith("{{", StringComparison.Ordinal) || v.StartsWith("%(", StringComparison.Ordinal)) return true;
        if (v.StartsWith("your", StringComparison.OrdinalIgnoreCase) || v.StartsWith("my_", StringComparison.OrdinalIgnoreCase)) return true;
        char first = char.ToLowerInvariant(v[0]);
        if (v.Length >= 3 && v.All(c => char.ToLowerInvariant(c) == first)) return true;
        if (v.All(c => c is '*' or '.' or 'x' or 'X' or '-' or '_' or '#')) return true;
        foreach (var word in SecretNames.SplitWords(v))
            if (PlaceholderWords.Contains(word)) return true;
        return false;
    }

    // A value made with one of these words is a stand-in (FAKE_TO_GENERATE_WARNING, example-token-here).
    private static readonly HashSet<string> PlaceholderWords = new(StringComparer.Ordinal)
    {
        "fake", "dummy", "example", "placeholder", "sample", "changeme", "redacted", "notreal", "replace", "insert",
    };

    /// <summary>True for absolute or relative paths and plain file names (<c>/run/secrets/db</c>, <c>./key.pem</c>, <c>setup.sh</c>).</summary>
    public static bool LooksLikePathOrFile(string value)
    {
        var v = value.Trim();
        if (v.StartsWith('/') || v.StartsWith("./", StringComparison.Ordinal) || v.StartsWith("../", StringComparison.Ordinal)
            || v.StartsWith("~/", StringComparison.Ordinal))
            return true;
        if (WindowsPath().IsMatch(v)) return true;
        return FileName().IsMatch(v);
    }

    /// <summary>
    /// True when a name says its value is a digest, a key fingerprint, a commit or a version
    /// (<c>NODE_SHA256</c>, <c>GPG_KEYS</c>, <c>GIT_COMMIT</c>, <c>checksum</c>): high-entropy values there are not secrets.
    /// </summary>
    public static bool IsDigestOrIdentifierName(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        foreach (var word in SecretNames.SplitWords(name))
        {
            if (DigestWords.Contains(word)) return true;
            if (word.StartsWith("sha", StringComparison.Ordinal) && word.Length <= 6 && word[3..].All(char.IsAsciiDigit)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> DigestWords = new(StringComparer.Ordinal)
    {
        "sha", "shasum", "sum", "sums", "md5", "checksum", "checksums", "hash", "digest", "integrity", "crc",
        "fingerprint", "fingerprints", "gpg", "pgp", "gnupg", "keyid", "keyids", "keys", "commit", "sha1sum",
        "rev", "revision", "ref", "version", "build", "id", "uuid", "guid", "tag", "release", "nonce",
    };

    [GeneratedRegex(@"^[A-Za-z]:[\\/]")]
    private static partial Regex WindowsPath();

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+\.(?:sh|bash|py|rb|js|ts|json|ya?ml|toml|ini|conf|cfg|txt|properties|xml|env|pem|crt|cer|key|p12|pfx|jks|keystore|gpg|asc|pub|tar|gz|tgz|zip)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();
}
