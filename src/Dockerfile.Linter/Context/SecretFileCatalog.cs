using System.Text.RegularExpressions;
using Dockerfile.Linter.Secrets;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Dockerfile.Linter.Context;

/// <summary>
/// The one catalogue of credential files, used by DF2001 (files of the build context), DF3004, DF3005 and DF3006
/// (files in the image). A name makes a file a candidate (globs matched by Microsoft.Extensions.FileSystemGlobbing;
/// templates such as <c>.env.example</c>, <c>*.sample</c> or <c>*.dist</c> never are); its content decides: a private
/// key block, a token, a password. An empty file holds no secret. When the content cannot be read (a file copied from
/// another stage, a Dockerfile linted without its build context) only kinds whose name alone is strong evidence count
/// (<see cref="SecretFileKind.SecretByName"/>): private keys, key stores, <c>.netrc</c>, <c>.git-credentials</c>.
/// </summary>
internal static partial class SecretFileCatalog
{
    /// <summary>How many characters of a candidate file are inspected.</summary>
    public const int MaxCharsInspected = 64 * 1024;

    private static readonly SecretFileKind[] Kinds =
    [
        Create("SSH private key", ["**/id_rsa*", "**/id_dsa*", "**/id_ecdsa*", "**/id_ed25519*"], ["**/*.pub"], byName: true, HasPrivateKeyBlock),
        Create("private key", ["**/*.pem"], [], byName: false, HasPrivateKeyBlock),
        Create("private key", ["**/*.key"], [], byName: true, t => HasPrivateKeyBlock(t) || t.Contains('\0')),
        Create("PuTTY private key", ["**/*.ppk"], [], byName: true, t => t.Contains("PuTTY-User-Key-File", StringComparison.Ordinal)),
        Create("key store", ["**/*.p12", "**/*.pfx", "**/*.keytab"], [], byName: true, _ => true),
        Create("environment file", ["**/.env", "**/.env.*"], ["**/.env.defaults"], byName: false, HoldsGenericSecret),
        Create("npm registry token", ["**/.npmrc"], [], byName: false, t => NpmToken().IsMatch(t)),
        Create("Yarn registry token", ["**/.yarnrc.yml", "**/.yarnrc"], [], byName: false, t => YarnToken().IsMatch(t)),
        Create("PyPI password", ["**/.pypirc"], [], byName: false, t => PypiPassword().IsMatch(t)),
        Create("AWS credentials", ["**/.aws/credentials"], [], byName: true, HoldsGenericSecret),
        Create("Docker registry credentials", ["**/.docker/config.json", "**/.dockercfg"], [], byName: false, t => DockerAuth().IsMatch(t)),
        Create("cloud credentials", ["**/credentials.json", "**/service-account.json", "**/service_account.json"], [], byName: true, HoldsGenericSecret),
        Create("secrets file", ["**/secrets.json", "**/secrets.yml", "**/secrets.yaml", "**/secret.json", "**/auth.json"], [], byName: false, HoldsGenericSecret),
        Create("netrc credentials", ["**/.netrc", "**/_netrc"], [], byName: true, t => NetrcPassword().IsMatch(t)),
        Create("git credentials", ["**/.git-credentials"], [], byName: true, t => UrlPassword().IsMatch(t)),
        Create("Kubernetes config", ["**/.kube/config", "**/kubeconfig", "**/*.kubeconfig"], [], byName: true, t => KubeCredential().IsMatch(t)),
        Create("htpasswd file", ["**/.htpasswd"], [], byName: true, t => HtpasswdEntry().IsMatch(t)),
        Create("PostgreSQL password file", ["**/.pgpass"], [], byName: true, t => PgpassEntry().IsMatch(t)),
        Create("MySQL option file", ["**/.my.cnf"], [], byName: false, t => PypiPassword().IsMatch(t)),
        Create("Vault token", ["**/.vault-token", "**/vault-token"], [], byName: true, t => t.Trim().Length >= 8),
    ];

    // The last element of every include glob ("id_rsa*", "*.pem", "credentials"): a cheap filter on file names, so
    // only the few candidate paths go through the globbing matchers.
    private static readonly (string Prefix, string Suffix, bool Exact)[] NameFilters = Kinds
        .SelectMany(k => k.Includes)
        .Select(glob => glob[(glob.LastIndexOf('/') + 1)..])
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Select(name => name.IndexOf('*') is var star and >= 0 ? (name[..star], name[(star + 1)..], false) : (name, "", true))
        .ToArray();

    /// <summary>
    /// The kind of credential file <paramref name="path"/> names (a context-relative path, an image path such as
    /// <c>/root/.ssh/id_rsa</c> or <c>~/.npmrc</c>, or a bare file name), or null for other files and for templates.
    /// </summary>
    public static SecretFileKind? Classify(string path)
    {
        string normalized = path.Replace('\\', '/').TrimEnd('/');
        var name = normalized.AsSpan(normalized.LastIndexOf('/') + 1);
        // Most paths name no credential file: they are turned away before anything is allocated.
        if (name.Length == 0 || !IsCandidateName(name) || IsTemplate(name)) return null;
        string relative = normalized.TrimStart('~').TrimStart('/');
        foreach (var kind in Kinds)
            if (kind.Matcher.Match(relative).HasMatches) return kind;
        return null;
    }

    /// <summary>True when <paramref name="text"/> (a file's first characters) holds a secret of <paramref name="kind"/>; never for an empty file.</summary>
    public static bool ContentIsSecret(SecretFileKind kind, string text) =>
        !string.IsNullOrWhiteSpace(text) && kind.ContentLooksSecret(text);

    /// <summary>
    /// True for templates that document a secret file rather than hold one: <c>.env.example</c>, <c>.env.local.sample</c>,
    /// <c>credentials.json.dist</c>, <c>secrets.template.yaml</c>, <c>example.env</c>.
    /// </summary>
    public static bool IsTemplate(string name) => IsTemplate(name.AsSpan());

    private static bool IsTemplate(ReadOnlySpan<char> name)
    {
        // Ignoring ASCII case is lower-casing an ASCII name; any other is lowered by the invariant culture and compared exactly.
        var comparison = StringComparison.OrdinalIgnoreCase;
        if (!System.Text.Ascii.IsValid(name))
        {
            name = name.ToString().ToLowerInvariant();
            comparison = StringComparison.Ordinal;
        }
        foreach (var range in name.Split('.'))
        {
            var part = name[range];
            foreach (var word in TemplateWords)
                if (part.Equals(word, comparison)) return true;
        }
        return false;
    }

    private static readonly string[] TemplateWords =
        ["example", "examples", "sample", "samples", "dist", "template", "templates", "tmpl", "tpl", "defaults"];

    /// <summary>
    /// The secret-holding files among <paramref name="files"/> (context-relative paths of non-empty regular files);
    /// <paramref name="readPrefix"/> returns the start of a file's text, or null when it cannot be read.
    /// </summary>
    public static List<SecretFile> Find(IReadOnlyCollection<string> files, Func<string, string?> readPrefix)
    {
        var found = new List<SecretFile>();
        foreach (var path in files)
        {
            if (Classify(path) is not { } kind) continue;
            if (readPrefix(path) is not { } text || !ContentIsSecret(kind, text)) continue;
            found.Add(new SecretFile(path, kind.Description));
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return found;
    }

    private static SecretFileKind Create(string description, string[] includes, string[] excludes, bool byName, Func<string, bool> content)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(includes);
        matcher.AddExcludePatterns(excludes);
        return new SecretFileKind(description, includes, matcher, byName, content);
    }

    private static bool IsCandidateName(ReadOnlySpan<char> name)
    {
        foreach (var (prefix, suffix, exact) in NameFilters)
        {
            if (exact ? name.Equals(prefix, StringComparison.OrdinalIgnoreCase)
                : name.Length >= prefix.Length + suffix.Length
                  && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                  && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool HasPrivateKeyBlock(string text) =>
        text.Contains("PRIVATE KEY-----", StringComparison.Ordinal) || text.Contains("PuTTY-User-Key-File", StringComparison.Ordinal);

    // A token of a known format, a password in a URL or connection string, or a literal value under a secret name
    // (DB_PASSWORD=…, "client_secret": "…", private_key: …); placeholders and ${VAR} references do not count.
    private static bool HoldsGenericSecret(string text) =>
        HasPrivateKeyBlock(text) || SecretScanner.Scan(text).Count > 0 || SecretKeyValues(text);

    private static bool SecretKeyValues(string text)
    {
        foreach (Match m in KeyValue().Matches(text))
            if (SecretNames.IsSecretName(m.Groups["key"].Value) && SecretLiterals.IsLiteralSecretCandidate(m.Groups["value"].Value))
                return true;
        return false;
    }

    // `_authToken=...`, `//registry/:_auth=...`, `_password=...` with a literal value (not ${ENV_VAR}). File contents
    // come from strangers: linear engine, and "not a ${…} placeholder" spelled without a lookahead (the first
    // non-blank character of the value is not '$', or is a '$' not followed by '{').
    [GeneratedRegex(@"(_authToken|_auth|_password)\s*=\s*(?:[^\s$]|\$(?:[^{]|\z))", RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex NpmToken();

    [GeneratedRegex(@"(npmAuthToken|npmAuthIdent|npmPassword)\s*:\s*[""']?(?:[^\s""'$]|\$(?:[^{]|\z))", RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex YarnToken();

    [GeneratedRegex(@"^\s*password\s*[=:]\s*(?:[^\s$]|\$(?:[^{]|\z))", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PypiPassword();

    [GeneratedRegex(@"""(auth|identitytoken|registrytoken)""\s*:\s*""[^""$]+""", RegexOptions.NonBacktracking)]
    private static partial Regex DockerAuth();

    [GeneratedRegex(@"\bpassword\s+[^\s$]\S*", RegexOptions.NonBacktracking)]
    private static partial Regex NetrcPassword();

    [GeneratedRegex(@"://[^:/\s@]+:[^@\s]+@", RegexOptions.NonBacktracking)]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"(?m)^\s*-?\s*(client-key-data|token|password|client-secret|id-token|refresh-token)\s*:\s*[""']?[^\s""'$]", RegexOptions.NonBacktracking)]
    private static partial Regex KubeCredential();

    [GeneratedRegex(@"(?m)^[^:#\s]+:\S+", RegexOptions.NonBacktracking)]
    private static partial Regex HtpasswdEntry();

    [GeneratedRegex(@"(?m)^[^:#\s]*:[^:\n]*:[^:\n]*:[^:\n]*:\S+", RegexOptions.NonBacktracking)]
    private static partial Regex PgpassEntry();

    // KEY=value, KEY: value, "key": "value" (one per line or JSON member).
    [GeneratedRegex(@"[""']?(?<key>[A-Za-z_][A-Za-z0-9_.-]*)[""']?[ \t]*[:=][ \t]*[""']?(?<value>[^\s""',}]+)", RegexOptions.NonBacktracking)]
    private static partial Regex KeyValue();
}

/// <summary>One kind of credential file of <see cref="SecretFileCatalog"/>.</summary>
/// <param name="Description">What it is (<c>SSH private key</c>, <c>npm registry token</c>).</param>
/// <param name="Includes">The name globs.</param>
/// <param name="Matcher">The compiled globs (with exclusions).</param>
/// <param name="SecretByName">True when the name alone is strong evidence (private keys, key stores), so a file whose content cannot be read is still reported.</param>
/// <param name="ContentLooksSecret">Whether a file's text holds a secret.</param>
internal sealed record SecretFileKind(string Description, string[] Includes, Matcher Matcher, bool SecretByName, Func<string, bool> ContentLooksSecret);
