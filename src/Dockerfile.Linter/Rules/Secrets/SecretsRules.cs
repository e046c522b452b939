namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.Secrets"/>: one line per rule, sorted by code.</summary>
internal static class SecretsRules
{
    internal static readonly Rule[] All =
    [
        new DF3001SecretValueInArgEnvLabel(),
        new DF3002SecretInCommand(),
        new DF3003CredentialsInAddUrl(),
        new DF3004SecretFileDeletedLater(),
        new DF3005CredentialsWrittenAndRemovedLater(),
        new DF3006SecretFileInImage(),
        new DL3064SecretNameInArgOrEnv(),
    ];
}
