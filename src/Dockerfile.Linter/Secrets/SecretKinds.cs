namespace Dockerfile.Linter.Secrets;

/// <summary>Human descriptions of <see cref="SecretKind"/> values, for diagnostic messages.</summary>
public static class SecretKinds
{
    /// <summary>A short lower-case description (<c>AWS access key id</c>, <c>password argument</c>).</summary>
    public static string Describe(SecretKind kind) => kind switch
    {
        SecretKind.AwsAccessKeyId => "AWS access key id",
        SecretKind.AwsSecretAccessKey => "AWS secret access key",
        SecretKind.GitHubToken => "GitHub token",
        SecretKind.GitLabToken => "GitLab token",
        SecretKind.SlackToken => "Slack token",
        SecretKind.StripeKey => "Stripe secret key",
        SecretKind.GoogleApiKey => "Google API key",
        SecretKind.NpmToken => "npm token",
        SecretKind.PyPiToken => "PyPI token",
        SecretKind.DockerHubToken => "Docker Hub access token",
        SecretKind.SendGridKey => "SendGrid API key",
        SecretKind.VaultToken => "Vault token",
        SecretKind.AiApiKey => "AI service API key",
        SecretKind.PrivateKey => "private key",
        SecretKind.JsonWebToken => "JSON Web Token",
        SecretKind.UrlCredentials => "password in a URL",
        SecretKind.ConnectionStringSecret => "connection-string secret",
        SecretKind.PasswordArgument => "password argument",
        SecretKind.SecretAssignment => "literal secret",
        SecretKind.HighEntropyString => "high-entropy string",
        _ => "secret",
    };
}
