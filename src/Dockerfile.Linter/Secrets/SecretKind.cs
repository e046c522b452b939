namespace Dockerfile.Linter.Secrets;

/// <summary>What kind of secret a <see cref="SecretFinding"/> is.</summary>
public enum SecretKind
{
    /// <summary>AWS access key id (<c>AKIA…</c>, <c>ASIA…</c>).</summary>
    AwsAccessKeyId,
    /// <summary>AWS secret access key (40 base64 characters next to an AWS secret key name).</summary>
    AwsSecretAccessKey,
    /// <summary>GitHub token (<c>ghp_</c>, <c>gho_</c>, <c>ghu_</c>, <c>ghs_</c>, <c>ghr_</c>, <c>github_pat_</c>).</summary>
    GitHubToken,
    /// <summary>GitLab personal, project or deploy token (<c>glpat-</c>, <c>gldt-</c>, …).</summary>
    GitLabToken,
    /// <summary>Slack token (<c>xoxb-</c>, <c>xoxp-</c>, …) or incoming webhook URL.</summary>
    SlackToken,
    /// <summary>Stripe secret or restricted live key (<c>sk_live_</c>, <c>rk_live_</c>).</summary>
    StripeKey,
    /// <summary>Google API key (<c>AIza…</c>).</summary>
    GoogleApiKey,
    /// <summary>npm access token (<c>npm_…</c>).</summary>
    NpmToken,
    /// <summary>PyPI upload token (<c>pypi-AgE…</c>).</summary>
    PyPiToken,
    /// <summary>Docker Hub personal access token (<c>dckr_pat_…</c>).</summary>
    DockerHubToken,
    /// <summary>SendGrid API key (<c>SG.….…</c>).</summary>
    SendGridKey,
    /// <summary>HashiCorp Vault service token (<c>hvs.…</c>).</summary>
    VaultToken,
    /// <summary>OpenAI / Anthropic style API key (<c>sk-proj-…</c>, <c>sk-ant-…</c>).</summary>
    AiApiKey,
    /// <summary>A PEM private key block (<c>-----BEGIN … PRIVATE KEY-----</c>).</summary>
    PrivateKey,
    /// <summary>A JSON Web Token (<c>eyJ….eyJ….…</c>).</summary>
    JsonWebToken,
    /// <summary>A URL with a password in its user information (<c>https://user:pass@host</c>).</summary>
    UrlCredentials,
    /// <summary>A key inside a connection string (<c>AccountKey=…</c>, <c>Password=…;</c>).</summary>
    ConnectionStringSecret,
    /// <summary>A literal value given to a password/token option (<c>--password=…</c>, <c>mysql -p…</c>, <c>curl -u user:pass</c>).</summary>
    PasswordArgument,
    /// <summary>A literal value assigned to a secret-looking variable (<c>DB_PASSWORD=…</c>, <c>${TOKEN:-…}</c>).</summary>
    SecretAssignment,
    /// <summary>A long random-looking literal (high Shannon entropy) where a secret is expected.</summary>
    HighEntropyString,
}
