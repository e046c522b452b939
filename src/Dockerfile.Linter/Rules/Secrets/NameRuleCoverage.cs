namespace Dockerfile.Linter.Rules;

/// <summary>
/// Which ARG/ENV names the name-based rules already report (hadolint DL3064 and BuildKit's SecretsUsedInArgOrEnv,
/// implemented as DL3064). The value-based secret rules stay quiet about a plain literal under such a name so the
/// same finding is not reported twice.
/// </summary>
internal static class NameRuleCoverage
{
    private static readonly string[] BuildKitTokens =
        ["apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token"];

    private static readonly string[] BuildKitExemptTokens = ["public", "file", "version"];

    private static readonly string[] HadolintSubstrings =
        ["api_key", "client_key", "password", "private", "secret", "token", "username"];

    public static bool IsCovered(string name)
    {
        var tokens = name.ToLowerInvariant().Split('_');
        bool buildKit = tokens.Any(BuildKitTokens.Contains) && !tokens.Any(BuildKitExemptTokens.Contains);
        bool hadolint = HadolintSubstrings.Any(s => name.Contains(s, StringComparison.OrdinalIgnoreCase));
        return buildKit || hadolint;
    }
}
