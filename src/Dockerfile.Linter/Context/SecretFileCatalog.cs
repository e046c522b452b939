using System.Text.RegularExpressions;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Dockerfile.Linter.Context;

/// <summary>
/// Which file names (and, for a few, which contents) look like credentials. Names are plain globs, so
/// Microsoft.Extensions.FileSystemGlobbing matches them; a file is only read when its name alone is not enough
/// (a <c>.pem</c> may be a public certificate, an <c>.npmrc</c> may hold no token).
/// </summary>
internal static class SecretFileCatalog
{
    // `_authToken=...`, `//registry/:_auth=...`, `_password=...` with a literal value (not ${ENV_VAR}).
    // File contents come from strangers: linear engine, and "not a ${…} placeholder" spelled without a lookahead
    // (the first non-blank character after '=' is not '$', or is a '$' not followed by '{').
    private static readonly Regex NpmTokenPattern = new(
        @"(_authToken|_auth|_password)\s*=\s*(?:[^\s$]|\$(?:[^{]|\z))",
        RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex PypiPasswordPattern = new(
        @"^\s*password\s*[=:]\s*(?:[^\s$]|\$(?:[^{]|\z))",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>How many characters of a candidate file are inspected.</summary>
    public const int MaxCharsInspected = 64 * 1024;

    private sealed record Kind(string Description, string[] Includes, Matcher Matcher, Func<string, bool>? ContentLooksSecret);

    private static readonly Kind[] Kinds =
    [
        Create("SSH private key", ["**/id_rsa*", "**/id_dsa*", "**/id_ecdsa*", "**/id_ed25519*"], ["**/*.pub"]),
        Create("private key", ["**/*.pem"], [], text => text.Contains("PRIVATE KEY", StringComparison.Ordinal)),
        Create("private key", ["**/*.key"], []),
        Create("environment file", ["**/.env", "**/.env.*"],
            ["**/.env.example", "**/.env.sample", "**/.env.template", "**/.env.dist", "**/.env.defaults"]),
        Create("npm registry token", ["**/.npmrc"], [], text => NpmTokenPattern.IsMatch(text)),
        Create("PyPI password", ["**/.pypirc"], [], text => PypiPasswordPattern.IsMatch(text)),
        Create("AWS credentials", ["**/.aws/credentials"], []),
        Create("Docker registry credentials", ["**/.docker/config.json"], [], text => text.Contains("\"auth\"", StringComparison.Ordinal)),
        Create("PKCS#12 key store", ["**/*.p12", "**/*.pfx"], []),
        Create("cloud credentials", ["**/credentials.json"], []),
        Create("netrc credentials", ["**/.netrc", "**/_netrc"], []),
        Create("git credentials", ["**/.git-credentials"], []),
        Create("Kubernetes config", ["**/.kube/config", "**/kubeconfig", "**/*.kubeconfig"], []),
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
    /// The secret-looking files among <paramref name="files"/> (context-relative paths); <paramref name="readPrefix"/>
    /// returns the start of a file's text, or null when it cannot be read.
    /// </summary>
    public static List<SecretFile> Find(IReadOnlyCollection<string> files, Func<string, string?> readPrefix)
    {
        var found = new List<SecretFile>();
        if (files.Count == 0) return found;
        foreach (var path in files)
        {
            if (!IsCandidateName(path[(path.LastIndexOf('/') + 1)..])) continue;
            foreach (var kind in Kinds)
            {
                if (!kind.Matcher.Match(path).HasMatches) continue;
                if (kind.ContentLooksSecret is { } looksSecret && readPrefix(path) is var text && (text is null || !looksSecret(text)))
                    break;
                found.Add(new SecretFile(path, kind.Description));
                break;
            }
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return found;
    }

    private static Kind Create(string description, string[] includes, string[] excludes, Func<string, bool>? content = null)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(includes);
        matcher.AddExcludePatterns(excludes);
        return new Kind(description, includes, matcher, content);
    }

    private static bool IsCandidateName(string name)
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
}
