using System.Text.RegularExpressions;

namespace Dockerfile.Linter.Secrets;

/// <summary>
/// Finds literal credentials given in a recognisable position: inside URLs, connection strings, password/token
/// options of commands and assignments to secret-looking variables. Values that are variables, placeholders,
/// paths or file names are skipped (see <see cref="SecretLiterals.IsLiteralSecretCandidate"/>).
/// </summary>
public static class CredentialPatterns
{
    // Flags that start with these words are switches about a password, not the password (--no-password, --ask-pass).
    private static readonly string[] SwitchPrefixes = [
        "no-", "ask-", "prompt-", "skip-", "allow-", "disable-", "disabled-", "enable-", "use-", "with-", "without-",
        "require-", "random-", "generate-", "empty-", "force-", "reset-", "change-", "lock-", "expire-",
    ];

    /// <summary>Passwords in URL user information: <c>https://user:PASSWORD@host</c>. The finding covers the password.</summary>
    public static IReadOnlyList<SecretFinding> FindUrlCredentials(string? text)
    {
        List<SecretFinding>? found = null;
        if (string.IsNullOrEmpty(text)) return [];
        foreach (var m in Scan(UrlWithPasswordPattern, text))
        {
            var password = m.Groups["v"];
            // GitHub's token-as-user form: https://TOKEN:x-oauth-basic@github.com
            if (password.Value.Equals("x-oauth-basic", StringComparison.OrdinalIgnoreCase))
                password = m.Groups["user"];
            if (SecretLiterals.IsLiteralSecretCandidate(password.Value) && !m.Groups["user"].Value.Contains('$'))
                (found ??= []).Add(new SecretFinding(SecretKind.UrlCredentials, password.Index, password.Length, password.Value));
        }
        return found ?? (IReadOnlyList<SecretFinding>)[];
    }

    /// <summary>Secrets inside connection strings: <c>AccountKey=…</c>, <c>SharedAccessKey=…</c>, <c>Password=…;</c>.</summary>
    public static IReadOnlyList<SecretFinding> FindConnectionStringSecrets(string? text)
    {
        List<SecretFinding>? found = null;
        if (string.IsNullOrEmpty(text)) return [];
        foreach (var m in Scan(ConnectionStringPartPattern, text))
        {
            var value = m.Groups["v"];
            bool inConnectionString = m.Groups["key"].Value.Contains("Key", StringComparison.OrdinalIgnoreCase)
                || (m.Groups["key"].Index > 0 && text[m.Groups["key"].Index - 1] == ';')
                || (value.Index + value.Length < text.Length && text[value.Index + value.Length] == ';');
            if (inConnectionString && SecretLiterals.IsLiteralSecretCandidate(value.Value))
                (found ??= []).Add(new SecretFinding(SecretKind.ConnectionStringSecret, value.Index, value.Length, value.Value));
        }
        return found ?? (IReadOnlyList<SecretFinding>)[];
    }

    /// <summary>
    /// Literal values of password/token options: <c>--password=…</c>, <c>--api-key …</c>, <c>mysql -p…</c>,
    /// <c>sshpass -p …</c>, <c>docker login -p …</c>, <c>curl -u user:…</c>, <c>openssl … -passin pass:…</c>,
    /// <c>echo user:… | chpasswd</c>, <c>echo … | passwd --stdin</c>, <c>openssl passwd -6 …</c>, <c>htpasswd -b …</c>,
    /// <c>mysqladmin password …</c>, <c>useradd -p …</c>, <c>.netrc</c> lines (<c>machine h login u password …</c>),
    /// <c>aws configure set aws_secret_access_key …</c> and <c>npm config set _authToken …</c>.
    /// </summary>
    public static IReadOnlyList<SecretFinding> FindPasswordArguments(string? text) =>
        string.IsNullOrEmpty(text) ? [] : FindPasswordArguments(text, CredentialGates.CommandWords(text));

    /// <summary>
    /// <see cref="FindPasswordArguments(string?)"/> given the <see cref="CredentialGates.CommandWords"/> of
    /// <paramref name="text"/>, found by the caller in its one search for every scanner's words.
    /// </summary>
    internal static IReadOnlyList<SecretFinding> FindPasswordArguments(string text, uint words)
    {
        List<SecretFinding>? found = null;
        foreach (var m in Scan(LongPasswordOptionPattern, text))
        {
            string flag = m.Groups["flag"].Value.ToLowerInvariant();
            if (SwitchPrefixes.Any(p => flag.StartsWith(p, StringComparison.Ordinal))) continue;
            AddValue(ref found, m.Groups["v"]);
        }
        if (words == 0) return Sorted(found);
        foreach (var (pattern, needs) in PasswordCommandPatterns)
            if ((words & needs) != 0)
                foreach (var m in Scan(pattern, text))
                    AddValue(ref found, m.Groups["v"]);
        if ((words & PackageManagerWords) != 0)
            foreach (var m in Scan(PackageManagerConfigSetPattern, text))
                if (SecretNames.IsSecretName(m.Groups["name"].Value))
                    AddValue(ref found, m.Groups["v"]);
        return Sorted(found);
    }

    private static IReadOnlyList<SecretFinding> Sorted(List<SecretFinding>? found)
    {
        found?.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found ?? (IReadOnlyList<SecretFinding>)[];
    }

    /// <summary>
    /// Literal values assigned to secret-looking variables (<see cref="SecretNames"/>): <c>DB_PASSWORD=hunter2</c>,
    /// <c>export API_TOKEN="…"</c>, and defaults hidden in expansions such as <c>${ADMIN_PASSWORD:-welcome1}</c>.
    /// Connection-string names are left out: their values are only secret when they hold a password or key.
    /// </summary>
    public static IReadOnlyList<SecretFinding> FindSecretAssignments(string? text)
    {
        List<SecretFinding>? found = null;
        if (string.IsNullOrEmpty(text)) return [];
        // One list per thread, emptied before each text: the scanners meet almost every RUN line.
        var matches = t_namedValues ??= [];
        matches.Clear();
        NamedValueScanner.Assignments(text, matches);
        NamedValueScanner.ExpansionDefaults(text, matches);
        foreach (var m in matches)
        {
            var name = text.AsSpan(m.NameStart, m.NameLength);
            if (SecretNames.MayBeSecretName(name)
                && SecretNames.FindSecretWord(name.ToString()) is { } word && word != "connection string")
                AddValue(ref found, text, m.ValueStart, m.ValueStart, m.ValueLength, SecretKind.SecretAssignment);
        }
        if (matches.Capacity > 1024) t_namedValues = null;   // a huge text's list is not kept for the thread's life
        found?.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found ?? (IReadOnlyList<SecretFinding>)[];
    }

    [ThreadStatic] private static List<NamedValue>? t_namedValues;

    private static void AddValue(ref List<SecretFinding>? found, Group value, SecretKind kind = SecretKind.PasswordArgument)
    {
        if (value.Success) AddValue(ref found, value.Value, 0, value.Index, value.Length, kind);
    }

    // The value is text[at..(at + length)], found at start in the scanned text.
    private static void AddValue(ref List<SecretFinding>? found, string text, int at, int start, int length, SecretKind kind)
    {
        if (length >= 2 && text[at] is '"' or '\'' && text[at + length - 1] == text[at])
        {
            start++;
            at++;
            length -= 2;
        }
        string inner = text.Substring(at, length);
        if (SecretLiterals.IsLiteralSecretCandidate(inner))
            (found ??= []).Add(new SecretFinding(kind, start, length, inner));
    }

    private const string ValuePattern = @"(?<v>""[^""\n]*""|'[^'\n]*'|[^\s;&|()<>'""`\\]+)";

    // Every pattern runs on text from strangers (a RUN line can be megabytes), so all of them use the NonBacktracking
    // engine: linear in the text whatever it holds (a lazy `[^;&|\n]*?` after each of 50,000 "mysql" words was
    // quadratic with backtracking). That engine has no lookbehind: a "not preceded by" condition is written as a
    // consumed character class or the start of the text (`(?:^|[^…])`), and Scan resumes one character before the end
    // of the previous match so that character can serve as the next match's left context, as a lookbehind allows.
    // Each pattern comes with a necessary condition of a match (words every match contains, or a CredentialGates test
    // where those words are common): the regex is built and runs only for texts that pass it.
    private static readonly LinearPattern UrlWithPasswordPattern = new(@"(?:^|[^A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://(?<user>[^\s/:@'""]*):(?<v>[^\s/@'""]+)@[A-Za-z0-9\[]", RegexOptions.None,
        CredentialGates.MayHoldUrlPassword);
    private static readonly LinearPattern ConnectionStringPartPattern = new(@"(?:^|[^A-Za-z0-9_])(?<key>AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd)=(?<v>[^;'""\s]+)", RegexOptions.IgnoreCase,
        CredentialGates.MayHoldConnectionStringSecret);
    private static readonly LinearPattern LongPasswordOptionPattern = new(@"(?:^|[^\w-])--(?<flag>[A-Za-z0-9-]*(?:password|passwd|pass|passphrase|secret|token|api-key|apikey|access-key|secret-key|private-key))(?:=|[ \t]+)" + ValuePattern, RegexOptions.IgnoreCase,
        CredentialGates.MayHoldPasswordOption);
    private static readonly LinearPattern MysqlPasswordPattern = new(@"\b(?:mysql|mysqladmin|mysqldump|mysqlimport|mysqlshow|mysqlcheck|mariadb|mariadb-admin|mariadb-dump)\b[^;&|\n]*?\s-p" + ValuePattern, RegexOptions.None,
        t => CredentialGates.HasOptionAfterWord(t, ["mysql", "mariadb"], ["-p"]));
    private static readonly LinearPattern SshpassPasswordPattern = new(@"\bsshpass\s+-p\s*" + ValuePattern, RegexOptions.None,
        t => t.Contains("sshpass", StringComparison.Ordinal));
    private static readonly LinearPattern DockerLoginPasswordPattern = new(@"\bdocker\s+login\b[^;&|\n]*?\s-p\s*" + ValuePattern, RegexOptions.None,
        t => t.Contains("docker", StringComparison.Ordinal) && CredentialGates.HasOptionAfterWord(t, ["login"], ["-p"]));
    private static readonly LinearPattern OpensslPassPattern = new(@"\s-pass(?:in|out)?\s+pass:" + ValuePattern, RegexOptions.None,
        t => t.Contains("pass:", StringComparison.Ordinal));
    private static readonly LinearPattern CurlUserPasswordPattern = new(@"\bcurl\b[^;&|\n]*?\s(?:-u\s*|--user[= ]\s*)[""']?[^\s:'""$]+:(?<v>[^\s'""@;&|]+)", RegexOptions.None,
        t => t.Contains(':') && CredentialGates.HasOptionAfterWord(t, ["curl"], ["-u", "--user"]));
    private static readonly LinearPattern ChpasswdEchoPattern = new(@"\b(?:echo|printf)\s+(?:-[ne]+\s+)?[""']?[A-Za-z0-9_.-]+:(?<v>[^\s'"":|;]+)[""']?\s*\|\s*(?:sudo\s+)?(?:/usr/sbin/)?chpasswd", RegexOptions.None,
        t => t.Contains("chpasswd", StringComparison.Ordinal));
    private static readonly LinearPattern NetrcPasswordPattern = new(@"\bmachine\s+\S+\s+login\s+\S+\s+password\s+" + ValuePattern, RegexOptions.None,
        t => t.Contains("machine", StringComparison.Ordinal));
    private static readonly LinearPattern AwsConfigureSetPattern = new(@"\baws\s+configure\s+set\s+(?:[\w.-]+\.)?(?:aws_secret_access_key|aws_session_token)\s+" + ValuePattern, RegexOptions.None,
        t => (t.Contains("aws_secret_access_key", StringComparison.Ordinal) || t.Contains("aws_session_token", StringComparison.Ordinal)) && t.Contains("configure", StringComparison.Ordinal));
    internal static readonly LinearPattern PackageManagerConfigSetPattern = new(@"\b(?:npm|yarn|pnpm)\s+config\s+set\s+(?:--\S+\s+)*(?<name>[^\s=]+)(?:=|\s+)" + ValuePattern, RegexOptions.None,
        t => (t.Contains("npm", StringComparison.Ordinal) || t.Contains("yarn", StringComparison.Ordinal)) && t.Contains("config", StringComparison.Ordinal));

    private static readonly LinearPattern PasswdStdinPattern = new(@"\b(?:echo|printf)\s+(?:-[ne]+\s+)?" + ValuePattern + @"\s*\|\s*(?:sudo\s+)?(?:/usr/bin/)?passwd\b", RegexOptions.None,
        t => t.Contains("passwd", StringComparison.Ordinal));
    private static readonly LinearPattern OpensslPasswdPattern = new(@"\bopenssl\s+passwd(?:\s+-(?:1|5|6|apr1|aixmd5|crypt|quiet|noverify)|\s+-salt\s+[^\s;&|()]+)*\s+" + ValuePattern, RegexOptions.None,
        t => t.Contains("openssl", StringComparison.Ordinal) && t.Contains("passwd", StringComparison.Ordinal));
    private static readonly LinearPattern HtpasswdBatchPattern = new(@"\bhtpasswd\s+(?:-[A-Za-z]+\s+)*-[A-Za-mo-z]*b[A-Za-mo-z]*\s+(?:-[A-Za-z]+\s+)*[^\s;&|-][^\s;&|]*\s+[^\s;&|]+\s+" + ValuePattern, RegexOptions.None,
        t => t.Contains("htpasswd", StringComparison.Ordinal));
    private static readonly LinearPattern HtpasswdPrintPattern = new(@"\bhtpasswd\s+(?:-[A-Za-z]+\s+)*-[A-Za-z]*(?:n[A-Za-z]*b|b[A-Za-z]*n)[A-Za-z]*\s+(?:-[A-Za-z]+\s+)*[^\s;&|-][^\s;&|]*\s+" + ValuePattern, RegexOptions.None,
        t => t.Contains("htpasswd", StringComparison.Ordinal));
    private static readonly LinearPattern MysqladminPasswordPattern = new(@"\bmysqladmin\b[^;&|\n]*?\spassword\s+" + ValuePattern, RegexOptions.None,
        t => CredentialGates.HasOptionAfterWord(t, ["mysqladmin"], ["password"]));
    private static readonly LinearPattern UseraddPasswordPattern = new(@"\b(?:useradd|usermod|adduser)\b[^;&|\n]*?\s-p\s*" + ValuePattern, RegexOptions.None,
        t => CredentialGates.HasOptionAfterWord(t, ["useradd", "usermod", "adduser"], ["-p"]));

    // Each pattern with the command words (CredentialGates.CommandWords) one of which its gate requires.
    internal static readonly (LinearPattern Pattern, uint Needs)[] PasswordCommandPatterns =
    [
        (MysqlPasswordPattern, Words("mysql", "mariadb")), (SshpassPasswordPattern, Words("sshpass")),
        (DockerLoginPasswordPattern, Words("docker")), (OpensslPassPattern, Words("pass:")),
        (CurlUserPasswordPattern, Words("curl")), (ChpasswdEchoPattern, Words("passwd")),
        (NetrcPasswordPattern, Words("machine")), (AwsConfigureSetPattern, Words("aws_s")),
        (PasswdStdinPattern, Words("passwd")), (OpensslPasswdPattern, Words("passwd")),
        (HtpasswdBatchPattern, Words("passwd")), (HtpasswdPrintPattern, Words("passwd")),
        (MysqladminPasswordPattern, Words("mysql")), (UseraddPasswordPattern, Words("useradd", "usermod", "adduser")),
    ];

    private static readonly uint PackageManagerWords = Words("npm", "yarn");

    private static uint Words(params string[] words)
    {
        uint mask = 0;
        foreach (var word in words) mask |= CredentialGates.CommandWord(word);
        return mask;
    }

    /// <summary>
    /// The successive matches of <paramref name="pattern"/>, each search resuming one character before the previous
    /// match ended (so a consumed left-context character may be the previous match's last one) and never before the
    /// previous match began.
    /// </summary>
    private static IEnumerable<Match> Scan(LinearPattern pattern, string text) =>
        pattern.MayMatch(text) ? Matches(pattern.Regex, text) : [];   // no iterator object for the usual miss

    private static IEnumerable<Match> Matches(Regex regex, string text)
    {
        int from = 0;
        while (from <= text.Length)
        {
            var m = regex.Match(text, from);
            if (!m.Success) yield break;
            yield return m;
            from = Math.Max(m.Index + 1, m.Index + m.Length - 1);
        }
    }
}
