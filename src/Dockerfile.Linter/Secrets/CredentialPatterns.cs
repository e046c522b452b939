using System.Text.RegularExpressions;

namespace Dockerfile.Linter.Secrets;

/// <summary>
/// Finds literal credentials given in a recognisable position: inside URLs, connection strings, password/token
/// options of commands and assignments to secret-looking variables. Values that are variables, placeholders,
/// paths or file names are skipped (see <see cref="SecretLiterals.IsLiteralSecretCandidate"/>).
/// </summary>
public static partial class CredentialPatterns
{
    // Flags that start with these words are switches about a password, not the password (--no-password, --ask-pass).
    private static readonly string[] SwitchPrefixes = [
        "no-", "ask-", "prompt-", "skip-", "allow-", "disable-", "disabled-", "enable-", "use-", "with-", "without-",
        "require-", "random-", "generate-", "empty-", "force-", "reset-", "change-", "lock-", "expire-",
    ];

    private static readonly Regex[] PasswordArgumentPatterns =
        [MysqlPassword(), SshpassPassword(), DockerLoginPassword(), OpensslPass(), CurlUserPassword(), ChpasswdEcho(), NetrcPassword(), AwsConfigureSet()];

    private static readonly Regex[] AssignmentPatterns = [Assignment(), ExpansionDefault()];

    /// <summary>Passwords in URL user information: <c>https://user:PASSWORD@host</c>. The finding covers the password.</summary>
    public static IReadOnlyList<SecretFinding> FindUrlCredentials(string? text)
    {
        var found = new List<SecretFinding>();
        if (string.IsNullOrEmpty(text)) return found;
        foreach (var m in RegexScan.MatchesOf(UrlWithPassword(), text))
        {
            var password = m.Groups["v"];
            // GitHub's token-as-user form: https://TOKEN:x-oauth-basic@github.com
            if (password.Value.Equals("x-oauth-basic", StringComparison.OrdinalIgnoreCase))
                password = m.Groups["user"];
            if (SecretLiterals.IsLiteralSecretCandidate(password.Value) && !m.Groups["user"].Value.Contains('$'))
                found.Add(new SecretFinding(SecretKind.UrlCredentials, password.Index, password.Length, password.Value));
        }
        return found;
    }

    /// <summary>Secrets inside connection strings: <c>AccountKey=…</c>, <c>SharedAccessKey=…</c>, <c>Password=…;</c>.</summary>
    public static IReadOnlyList<SecretFinding> FindConnectionStringSecrets(string? text)
    {
        var found = new List<SecretFinding>();
        if (string.IsNullOrEmpty(text)) return found;
        foreach (var m in RegexScan.MatchesOf(ConnectionStringPart(), text))
        {
            var value = m.Groups["v"];
            bool inConnectionString = m.Groups["key"].Value.Contains("Key", StringComparison.OrdinalIgnoreCase)
                || (m.Index > 0 && text[m.Index - 1] == ';')
                || (value.Index + value.Length < text.Length && text[value.Index + value.Length] == ';');
            if (inConnectionString && SecretLiterals.IsLiteralSecretCandidate(value.Value))
                found.Add(new SecretFinding(SecretKind.ConnectionStringSecret, value.Index, value.Length, value.Value));
        }
        return found;
    }

    /// <summary>
    /// Literal values of password/token options: <c>--password=…</c>, <c>--api-key …</c>, <c>mysql -p…</c>,
    /// <c>sshpass -p …</c>, <c>docker login -p …</c>, <c>curl -u user:…</c>, <c>openssl … -passin pass:…</c>,
    /// <c>echo user:… | chpasswd</c>, <c>.netrc</c> lines (<c>machine h login u password …</c>),
    /// <c>aws configure set aws_secret_access_key …</c> and <c>npm config set _authToken …</c>.
    /// </summary>
    public static IReadOnlyList<SecretFinding> FindPasswordArguments(string? text)
    {
        var found = new List<SecretFinding>();
        if (string.IsNullOrEmpty(text)) return found;
        foreach (var m in RegexScan.MatchesOf(LongPasswordOption(), text))
        {
            string flag = m.Groups["flag"].Value.ToLowerInvariant();
            if (SwitchPrefixes.Any(p => flag.StartsWith(p, StringComparison.Ordinal))) continue;
            AddValue(found, m.Groups["v"]);
        }
        foreach (var pattern in PasswordArgumentPatterns)
            foreach (var m in RegexScan.MatchesOf(pattern, text))
                AddValue(found, m.Groups["v"]);
        foreach (var m in RegexScan.MatchesOf(PackageManagerConfigSet(), text))
            if (SecretNames.IsSecretName(m.Groups["name"].Value))
                AddValue(found, m.Groups["v"]);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// Literal values assigned to secret-looking variables (<see cref="SecretNames"/>): <c>DB_PASSWORD=hunter2</c>,
    /// <c>export API_TOKEN="…"</c>, and defaults hidden in expansions such as <c>${ADMIN_PASSWORD:-welcome1}</c>.
    /// Connection-string names are left out: their values are only secret when they hold a password or key.
    /// </summary>
    public static IReadOnlyList<SecretFinding> FindSecretAssignments(string? text)
    {
        var found = new List<SecretFinding>();
        if (string.IsNullOrEmpty(text)) return found;
        foreach (var pattern in AssignmentPatterns)
            foreach (var m in RegexScan.MatchesOf(pattern, text))
                if (SecretNames.FindSecretWord(m.Groups["name"].Value) is { } word && word != "connection string")
                    AddValue(found, m.Groups["v"], SecretKind.SecretAssignment);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void AddValue(List<SecretFinding> found, Group value, SecretKind kind = SecretKind.PasswordArgument)
    {
        if (!value.Success) return;
        int start = value.Index, length = value.Length;
        if (length >= 2 && value.Value[0] is '"' or '\'' && value.Value[^1] == value.Value[0])
        {
            start++;
            length -= 2;
        }
        string inner = value.Value.Substring(start - value.Index, length);
        if (SecretLiterals.IsLiteralSecretCandidate(inner))
            found.Add(new SecretFinding(kind, start, length, inner));
    }

    private const string ValuePattern = @"(?<v>""[^""\n]*""|'[^'\n]*'|[^\s;&|()<>'""`\\]+)";

    [GeneratedRegex(@"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://(?<user>[^\s/:@'""]*):(?<v>[^\s/@'""]+)@[A-Za-z0-9\[]")]
    private static partial Regex UrlWithPassword();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?<key>AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd)=(?<v>[^;'""\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringPart();

    [GeneratedRegex(@"(?<![\w-])--(?<flag>[A-Za-z0-9-]*(?:password|passwd|pass|passphrase|secret|token|api-key|apikey|access-key|secret-key|private-key))(?:=|[ \t]+)" + ValuePattern, RegexOptions.IgnoreCase)]
    private static partial Regex LongPasswordOption();

    [GeneratedRegex(@"\b(?:mysql|mysqladmin|mysqldump|mysqlimport|mysqlshow|mysqlcheck|mariadb|mariadb-admin|mariadb-dump)\b[^;&|\n]*?\s-p" + ValuePattern)]
    private static partial Regex MysqlPassword();

    [GeneratedRegex(@"\bsshpass\s+-p\s*" + ValuePattern)]
    private static partial Regex SshpassPassword();

    [GeneratedRegex(@"\bdocker\s+login\b[^;&|\n]*?\s-p\s*" + ValuePattern)]
    private static partial Regex DockerLoginPassword();

    [GeneratedRegex(@"\s-pass(?:in|out)?\s+pass:" + ValuePattern)]
    private static partial Regex OpensslPass();

    [GeneratedRegex(@"\bcurl\b[^;&|\n]*?\s(?:-u\s*|--user[= ]\s*)[""']?[^\s:'""$]+:(?<v>[^\s'""@;&|]+)")]
    private static partial Regex CurlUserPassword();

    [GeneratedRegex(@"\becho\s+(?:-[ne]+\s+)?[""']?[A-Za-z0-9_.-]+:(?<v>[^\s'"":|;]+)[""']?\s*\|\s*(?:sudo\s+)?(?:/usr/sbin/)?chpasswd")]
    private static partial Regex ChpasswdEcho();

    [GeneratedRegex(@"\bmachine\s+\S+\s+login\s+\S+\s+password\s+" + ValuePattern)]
    private static partial Regex NetrcPassword();

    [GeneratedRegex(@"\baws\s+configure\s+set\s+(?:[\w.-]+\.)?(?:aws_secret_access_key|aws_session_token)\s+" + ValuePattern)]
    private static partial Regex AwsConfigureSet();

    [GeneratedRegex(@"\b(?:npm|yarn|pnpm)\s+config\s+set\s+(?:--\S+\s+)*(?<name>[^\s=]+)(?:=|\s+)" + ValuePattern)]
    private static partial Regex PackageManagerConfigSet();

    [GeneratedRegex(@"(?<![\w$.{/-])(?<name>[A-Za-z_][A-Za-z0-9_]*)=" + ValuePattern)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*):?[-=](?<v>[^}$""'\s]+)\}")]
    private static partial Regex ExpansionDefault();
}
