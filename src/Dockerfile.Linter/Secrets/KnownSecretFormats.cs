using System.Text;
using System.Text.RegularExpressions;

namespace Dockerfile.Linter.Secrets;

/// <summary>Finds tokens whose format identifies them as secrets by itself (a provider prefix, a PEM header, a JWT).</summary>
public static partial class KnownSecretFormats
{
    // Linear with the backtracking engine: each pattern starts with a fixed prefix and, where a run follows, a
    // lookbehind keeps a match from starting inside the run of an earlier attempt, so every character is scanned a
    // bounded number of times (tested on 200 KB adversarial texts in HostileInputTests).
    // Literals: every match holds one of them (compared ignoring case when IgnoresCase), so a text holding none is
    // skipped without running the regex.
    private readonly record struct Format(SecretKind Kind, Regex Pattern, string[] Literals, Func<string, bool>? Accept = null, bool IgnoresCase = false);

    private static readonly Format[] Formats =
    [
        new(SecretKind.AwsAccessKeyId, AwsAccessKeyId(), ["AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "ANPA", "ANVA", "AROA", "APKA"], v => !v.EndsWith("EXAMPLE", StringComparison.Ordinal)),
        new(SecretKind.AwsSecretAccessKey, AwsSecretAccessKey(), ["secret"], v => !v.Contains("EXAMPLE", StringComparison.Ordinal) && MixesLettersAndDigits(v), IgnoresCase: true),
        new(SecretKind.GitHubToken, GitHubToken(), ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"], MixesLettersAndDigits),
        new(SecretKind.GitLabToken, GitLabToken(), ["glpat-", "gldt-", "glptt-", "glrt-", "glcbt-", "gloas-", "glft-", "glimt-", "glagent-"], MixesLettersAndDigits),
        new(SecretKind.SlackToken, SlackToken(), ["xox"], MixesLettersAndDigits),
        new(SecretKind.SlackToken, SlackWebhook(), ["https://hooks.slack.com/services/"]),
        new(SecretKind.StripeKey, StripeKey(), ["k_live_"], MixesLettersAndDigits),
        new(SecretKind.GoogleApiKey, GoogleApiKey(), ["AIza"], MixesLettersAndDigits),
        new(SecretKind.NpmToken, NpmToken(), ["npm_"], MixesLettersAndDigits),
        new(SecretKind.PyPiToken, PyPiToken(), ["pypi-AgE"]),
        new(SecretKind.DockerHubToken, DockerHubToken(), ["dckr_pat_"], MixesLettersAndDigits),
        new(SecretKind.SendGridKey, SendGridKey(), ["SG."]),
        new(SecretKind.VaultToken, VaultToken(), ["hvs."], MixesLettersAndDigits),
        new(SecretKind.AiApiKey, AiApiKey(), ["sk-"], v => MixesLettersAndDigits(v) && v.Any(char.IsAsciiLetterUpper)),
        new(SecretKind.PrivateKey, PrivateKeyBlock(), ["PRIVATE KEY"]),
        new(SecretKind.JsonWebToken, JsonWebToken(), ["eyJ"]),
    ];

    /// <summary>The literals of the formats compared with case, each with the index of its format.</summary>
    internal static IEnumerable<(string Literal, int Format)> ExactLiterals() =>
        Formats.SelectMany((f, i) => f.IgnoresCase ? [] : f.Literals.Select(l => (l, i)));

    /// <summary>Every well-known secret token in <paramref name="text"/>, in order of position. Never throws.</summary>
    public static IReadOnlyList<SecretFinding> Find(string? text) =>
        string.IsNullOrEmpty(text) ? [] : Find(text, SecretAnchors.Find(text));

    /// <summary>
    /// <see cref="Find(string?)"/> given the <see cref="SecretAnchors"/> of <paramref name="text"/>, found by the caller
    /// for other scanners too.
    /// </summary>
    internal static IReadOnlyList<SecretFinding> Find(string text, ulong anchors)
    {
        if (text.Length < ShortestMatch) return [];
        List<SecretFinding>? found = null;
        uint present = FormatsWithLiterals(text, anchors);
        for (int i = 0; present != 0 && i < Formats.Length; i++)
        {
            if ((present & (1u << i)) == 0) continue;
            var format = Formats[i];
            foreach (var match in RegexScan.MatchesOf(format.Pattern, text))
            {
                var value = match.Groups["v"].Success ? match.Groups["v"] : (Group)match;
                if (format.Accept is null || format.Accept(value.Value))
                    (found ??= []).Add(new SecretFinding(format.Kind, value.Index, value.Length, value.Value));
            }
        }
        found?.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found ?? (IReadOnlyList<SecretFinding>)[];
    }

    // The shortest text any format matches: "xoxb-" and ten characters (a Slack token). Most ENV values are shorter.
    internal const int ShortestMatch = 15;

    /// <summary>
    /// One bit per format (by index) whose regex may match <paramref name="text"/>: the text holds one of its literals.
    /// The formats compared with case are the format bits of <paramref name="anchors"/>; those compared ignoring case
    /// look for their few literals each.
    /// </summary>
    private static uint FormatsWithLiterals(string text, ulong anchors)
    {
        uint present = SecretAnchors.Formats(anchors);
        // Ignoring case, the regex also folds a few non-ASCII letters (the Kelvin sign): no shortcut then.
        bool? ascii = null;
        for (int i = 0; i < Formats.Length; i++)
        {
            if (!Formats[i].IgnoresCase) continue;
            foreach (var literal in Formats[i].Literals)
                if (text.Contains(literal, StringComparison.OrdinalIgnoreCase) || !(ascii ??= Ascii.IsValid(text)))
                {
                    present |= 1u << i;
                    break;
                }
        }
        return present;
    }

    private static bool MixesLettersAndDigits(string value) =>
        value.Any(char.IsAsciiDigit) && value.Any(char.IsAsciiLetter);

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA)[A-Z0-9]{16}(?![A-Za-z0-9])")]
    private static partial Regex AwsAccessKeyId();

    [GeneratedRegex(@"(?i:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key)[""']?\s*[:=]\s*[""']?(?<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])")]
    private static partial Regex AwsSecretAccessKey();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])")]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])gl(?:pat|dt|ptt|rt|cbt|oas|ft|imt|agent)-[A-Za-z0-9_-]{20,}")]
    private static partial Regex GitLabToken();

    [GeneratedRegex(@"(?<![A-Za-z0-9])xox[abposre]-[A-Za-z0-9-]{10,}")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"https://hooks\.slack\.com/services/(?<v>T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]{20,})")]
    private static partial Regex SlackWebhook();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])[sr]k_live_[A-Za-z0-9]{20,}")]
    private static partial Regex StripeKey();

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])")]
    private static partial Regex GoogleApiKey();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])")]
    private static partial Regex NpmToken();

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])pypi-AgE[A-Za-z0-9_-]{50,}")]
    private static partial Regex PyPiToken();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])dckr_pat_[A-Za-z0-9_-]{27,}")]
    private static partial Regex DockerHubToken();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")]
    private static partial Regex SendGridKey();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.])hvs\.[A-Za-z0-9_-]{24,}")]
    private static partial Regex VaultToken();

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])sk-(?:proj-|ant-(?:api03-)?|svcacct-)?[A-Za-z0-9_-]{40,}")]
    private static partial Regex AiApiKey();

    // The header alone also appears in scripts that look for keys; require the start of a base64 body after it.
    [GeneratedRegex(@"-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----(?:\s|\\n|\\r)*[A-Za-z0-9+/=]{20,}")]
    private static partial Regex PrivateKeyBlock();

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}")]
    private static partial Regex JsonWebToken();
}
