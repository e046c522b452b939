namespace Dockerfile.Linter.Rules;

/// <summary>
/// Which ARG/ENV names the name-based rule already reports (DL3064, which also answers to BuildKit's
/// SecretsUsedInArgOrEnv). The value-based secret rules stay quiet about a plain literal under such a name so the
/// same finding is not reported twice.
/// </summary>
internal static class NameRuleCoverage
{
    public static bool IsCovered(string name) => DL3064SecretNameInArgOrEnv.LooksLikeSecret(name);
}
