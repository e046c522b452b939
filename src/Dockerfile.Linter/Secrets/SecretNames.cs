using System.Buffers;
using System.Text;

namespace Dockerfile.Linter.Secrets;

/// <summary>
/// Recognises names (ARG/ENV/LABEL keys, shell variables, command-line flags) that are meant to hold a secret,
/// such as <c>DB_PASSWORD</c>, <c>githubToken</c>, <c>AWS_SECRET_ACCESS_KEY</c> or <c>--api-key</c>.
/// </summary>
/// <remarks>
/// A name is split into lower-case words at <c>_</c>, <c>-</c>, <c>.</c> and camel-case boundaries. It is secret when a
/// word is a secret word (<c>password</c>, <c>token</c>, …, or a compound ending in one such as <c>rootpassword</c>),
/// or <c>key</c> follows a word that makes it a secret key (<c>api</c>, <c>access</c>, <c>private</c>, <c>ssh</c>, …),
/// and no word marks it as something else: a reference to where the secret lives (<c>_FILE</c>, <c>_PATH</c>,
/// <c>_URL</c>, <c>_NAME</c>), a setting about it (<c>_LENGTH</c>, <c>_ENABLED</c>, <c>ALLOW_EMPTY_</c>) or public key
/// material (<c>PUBLIC</c>, <c>GPG</c>, <c>PGP</c>, <c>FINGERPRINT</c>). <c>GPG_KEY</c>, <c>APT_KEY</c> and
/// <c>NODE_TLS_REJECT_UNAUTHORIZED</c> are therefore not secret names.
/// </remarks>
public static class SecretNames
{
    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "password", "passwords", "passwd", "passphrase", "pword", "pswd", "pass",
        "secret", "secrets", "token", "tokens", "apikey", "apikeys", "apitoken",
        "credential", "credentials", "creds", "cred",
        "privatekey", "secretkey", "accesskey", "connectionstring", "connstr",
        "auth", "basicauth", "authorization", "bearer",
    };

    // Compounds ending in one of these are secret words too (rootpassword, authtoken, clientsecret).
    private static readonly string[] SecretSuffixes =
        ["password", "passwd", "passphrase", "secret", "token", "apikey", "privatekey", "secretkey", "accesskey"];

    // "pass" as the end of a compound only after these (keystorepass, rootpass), never bypass/compass.
    private static readonly HashSet<string> PassPrefixes = new(StringComparer.Ordinal)
    {
        "root", "admin", "db", "user", "sa", "my", "sql", "mysql", "ldap", "smtp", "ftp", "mail", "redis",
        "keystore", "truststore", "store", "key", "ssl", "cert", "proxy",
    };

    private static readonly HashSet<string> KeyQualifiers = new(StringComparer.Ordinal)
    {
        "api", "access", "secret", "private", "priv", "client", "signing", "sign", "encryption", "encrypt", "crypt",
        "crypto", "master", "app", "auth", "license", "licence", "deploy", "ssh", "hmac", "jwt", "session",
        "account", "storage", "shared", "sas", "consumer", "subscription", "service", "cookie", "admin",
    };

    // Anywhere in the name these say "not a secret value": public material, digests, switches about a secret.
    private static readonly HashSet<string> ExemptAnywhere = new(StringComparer.Ordinal)
    {
        "public", "pub", "hash", "hashed", "sha", "sha1", "sha256", "sha512", "md5", "checksum",
        "version", "ver", "allow", "allowed", "empty", "enable", "enabled", "disable", "disabled",
        "require", "required", "skip", "no",
    };

    // With these a "key" is public key material (GPG_KEYS, PGP_KEY_ID); a GPG_PASSPHRASE is still a secret.
    private static readonly HashSet<string> KeyMaterialWords = new(StringComparer.Ordinal)
    {
        "gpg", "pgp", "gnupg", "keyserver", "keyring", "keyid", "keyids", "fingerprint", "fingerprints", "fpr",
    };

    // After the secret word these make the name a reference to or setting of the secret (PASSWORD_FILE, TOKEN_URL).
    private static readonly HashSet<string> ExemptAfter = new(StringComparer.Ordinal)
    {
        "file", "files", "filename", "path", "paths", "dir", "directory", "folder", "location", "url", "uri", "urls",
        "endpoint", "host", "hostname", "server", "port", "name", "names", "ref", "arn", "env", "var", "variable",
        "header", "field", "helper", "plugin", "provider", "backend", "manager", "id", "length", "len", "size",
        "min", "max", "type", "kind", "method", "mode", "expiry", "expires", "expiration", "ttl", "timeout",
        "lifetime", "policy", "prompt", "count", "format", "algorithm", "algo", "bits", "scope", "scopes",
        "audience", "issuer", "verify", "validation", "stdin", "command", "cmd", "script", "user", "username",
    };

    // Every secret word (SecretWordAt) holds one of these, and a name's words are pieces of the name in lower case: a
    // name holding none of them is no secret name, whatever it is, and is judged without splitting it into words.
    private static readonly SearchValues<string> SecretWordParts = SearchValues.Create(
        ["pass", "pw", "pswd", "secret", "token", "cred", "key", "auth", "bearer", "connection", "connstr"], StringComparison.OrdinalIgnoreCase);

    /// <summary>False when <paramref name="name"/> cannot be a secret name (it holds no part of a secret word).</summary>
    internal static bool MayBeSecretName(ReadOnlySpan<char> name) => name.ContainsAny(SecretWordParts);

    /// <summary>True when <paramref name="name"/> looks like it holds a secret (see the type remarks).</summary>
    public static bool IsSecretName(string? name) => FindSecretWord(name) is not null;

    /// <summary>
    /// The word of <paramref name="name"/> that makes it a secret name (<c>password</c>, <c>api key</c>, …),
    /// or null when the name is not a secret name.
    /// </summary>
    public static string? FindSecretWord(string? name)
    {
        if (string.IsNullOrEmpty(name) || !MayBeSecretName(name)) return null;
        var words = SplitWords(name);
        foreach (var word in words)
            if (ExemptAnywhere.Contains(word)) return null;

        for (int i = 0; i < words.Count; i++)
        {
            string? found = SecretWordAt(words, i);
            if (found is null) continue;
            if (found.EndsWith("key", StringComparison.Ordinal) || found.EndsWith("keys", StringComparison.Ordinal))
                if (!words.Contains("private") && !words.Contains("secret") && words.Any(KeyMaterialWords.Contains)) continue;
            bool referenceOnly = false;
            for (int j = i + 1; j < words.Count && !referenceOnly; j++)
                referenceOnly = ExemptAfter.Contains(words[j]);
            if (!referenceOnly) return found;
        }
        return null;
    }

    private static string? SecretWordAt(IReadOnlyList<string> words, int i)
    {
        string word = words[i];
        switch (word)
        {
            // PWD/OLDPWD are the shell's working directory; ORACLE_PWD is a password.
            case "pwd":
                return words.Count > 1 && !words.Contains("old") ? word : null;
            case "pw":
                return words.Count > 1 && i == words.Count - 1 ? word : null;
        }
        if (SecretWords.Contains(word)) return word;
        foreach (var suffix in SecretSuffixes)
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal)) return word;
        if (word.Length > 4 && word.EndsWith("pass", StringComparison.Ordinal) && PassPrefixes.Contains(word[..^4]))
            return word;
        if (word is "key" or "keys" && i > 0 && KeyQualifiers.Contains(words[i - 1]))
            return words[i - 1] + " " + word;
        if (word.Length > 3 && word.EndsWith("key", StringComparison.Ordinal) && KeyQualifiers.Contains(word[..^3]))
            return word;
        if (word == "connection" && i + 1 < words.Count && words[i + 1] is "string" or "str")
            return "connection string";
        return null;
    }

    /// <summary>
    /// Splits a name into lower-case words at non-alphanumeric characters and camel-case boundaries
    /// (<c>dbPassword</c> → <c>db</c>, <c>password</c>; <c>APIKey</c> → <c>api</c>, <c>key</c>). Digits stay with their word.
    /// </summary>
    public static IReadOnlyList<string> SplitWords(string name)
    {
        var words = new List<string>();
        int start = -1;   // where the current word began, -1 between words
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                Flush(words, name, start, i);
                start = -1;
                continue;
            }
            if (start >= 0 && char.IsAsciiLetterUpper(c))
            {
                char previous = name[i - 1];
                bool lowerToUpper = char.IsAsciiLetterLower(previous) || char.IsAsciiDigit(previous);
                bool acronymEnd = char.IsAsciiLetterUpper(previous) && i + 1 < name.Length && char.IsAsciiLetterLower(name[i + 1]);
                if (lowerToUpper || acronymEnd)
                {
                    Flush(words, name, start, i);
                    start = i;
                }
            }
            if (start < 0) start = i;
        }
        Flush(words, name, start, name.Length);
        return words;
    }

    // A word is ASCII letters and digits, so lower-casing it is ASCII lower-casing: one string, no builder.
    private static void Flush(List<string> words, string name, int start, int end)
    {
        if (start < 0 || end <= start) return;
        words.Add(string.Create(end - start, (name, start),
            static (word, at) => Ascii.ToLower(at.name.AsSpan(at.start, word.Length), word, out _)));
    }
}
