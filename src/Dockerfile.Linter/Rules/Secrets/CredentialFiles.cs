using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>Names of files that hold credentials, and path helpers for matching writes with removals.</summary>
internal static class CredentialFiles
{
    private static readonly HashSet<string> SecretFileNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ".npmrc", ".netrc", "_netrc", ".pypirc", ".git-credentials", ".dockercfg", ".yarnrc.yml", ".htpasswd", ".pgpass",
        ".my.cnf", "credentials", "credentials.json", "credentials.yml", "credentials.yaml", "secrets.json",
        "secrets.yml", "secrets.yaml", "secret.json", "kubeconfig", "service-account.json", "service_account.json",
        "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".env", "auth.json", "vault-token", ".vault-token",
    };

    private static readonly string[] SecretExtensions = [".key", ".p12", ".pfx", ".ppk", ".keytab"];

    /// <summary>True when the path's file name says it holds a secret (<c>.npmrc</c>, <c>id_rsa</c>, <c>server.key</c>, <c>~/.docker/config.json</c>).</summary>
    public static bool IsSecretFile(string path)
    {
        string normalized = path.Replace('\\', '/').TrimEnd('/');
        string name = Path.GetFileName(normalized);
        if (name.Length == 0) return false;
        if (SecretFileNames.Contains(name)) return true;
        if (SecretExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))) return true;
        if (name.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
            && (name.Contains("key", StringComparison.OrdinalIgnoreCase) || name.Contains("private", StringComparison.OrdinalIgnoreCase)))
            return true;
        return normalized.EndsWith(".docker/config.json", StringComparison.Ordinal)
            || normalized.EndsWith(".kube/config", StringComparison.Ordinal)
            || normalized.Contains("/.ssh/id_", StringComparison.Ordinal) && !name.EndsWith(".pub", StringComparison.Ordinal);
    }

    /// <summary>A comparable form of a path: <c>~</c>, <c>$HOME</c> and <c>/root</c> become <c>~</c>; trailing slashes go.</summary>
    public static string Canonical(string path)
    {
        string p = path.Replace("${HOME}", "~", StringComparison.Ordinal).Replace("$HOME", "~", StringComparison.Ordinal);
        if (p == "/root" || p.StartsWith("/root/", StringComparison.Ordinal)) p = "~" + p[5..];
        return VolumePaths.Normalize(p);
    }

    /// <summary>True when removing <paramref name="removed"/> removes <paramref name="file"/> (the same path, or a directory holding it).</summary>
    public static bool Removes(string removed, string file)
    {
        string r = Canonical(removed), f = Canonical(file);
        if (r.EndsWith("/*", StringComparison.Ordinal)) r = r[..^2];
        return f == r || f.StartsWith(r + "/", StringComparison.Ordinal)
            || (!r.Contains('/') && !f.Contains('/') && r == f);
    }

    /// <summary>The paths a command removes: <c>rm</c>/<c>shred</c>/<c>unlink</c> arguments (as written when they hold variables).</summary>
    public static IEnumerable<string> RemovedPaths(ShellCommand command) =>
        command.EffectiveName is "rm" or "shred" or "unlink" or "srm"
            ? command.PositionalArguments.Select(a => a.Value ?? a.UnquotedText)
            : [];
}
