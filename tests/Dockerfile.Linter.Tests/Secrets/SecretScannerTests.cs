using Dockerfile.Linter.Secrets;

namespace Dockerfile.Linter.Tests.Secrets;

public class SecretScannerTests
{
    [Fact]
    public void Scan_reports_one_finding_per_secret_with_the_most_specific_kind()
    {
        string token = FakeSecrets.Token("ghp_", 36);
        string text = $"export GITHUB_TOKEN={token} && curl -u bot:{token} https://api.github.com";
        var findings = SecretScanner.Scan(text);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(SecretKind.GitHubToken, f.Kind));
        Assert.All(findings, f => Assert.Equal(token, text.Substring(f.Start, f.Length)));
        Assert.True(findings[0].Start < findings[1].Start);
    }

    [Theory]
    [InlineData("apt-get update && apt-get install -y curl ca-certificates")]
    [InlineData("echo \"$NODE_SHA256  node.tar.xz\" | sha256sum -c -")]
    [InlineData("gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys 4ED778F539E3634C779C87C6D7062848A1AB005C")]
    [InlineData("curl -fsSL https://deb.nodesource.com/setup_20.x | bash -")]
    [InlineData("")]
    public void Ordinary_commands_have_no_secrets(string text) => Assert.Empty(SecretScanner.Scan(text));

    [Theory]
    [InlineData("DB_PASSWORD", "hunter22", SecretKind.SecretAssignment)]
    [InlineData("GITHUB_TOKEN", "ghp_", SecretKind.GitHubToken)]
    [InlineData("SOME_SETTING", "ghp_", SecretKind.GitHubToken)]
    [InlineData("DATABASE_URL", "postgres://app:hunter22@db/app", SecretKind.UrlCredentials)]
    [InlineData("SESSION_SALT", "rand", SecretKind.HighEntropyString)]
    [InlineData(null, "rand", SecretKind.HighEntropyString)]
    public void ClassifyValue_finds_secret_values(string? name, string value, SecretKind kind)
    {
        value = value switch
        {
            "ghp_" => FakeSecrets.Token("ghp_", 36),
            "rand" => FakeSecrets.Token("", 32),
            _ => value,
        };
        var finding = SecretScanner.ClassifyValue(name, value);
        Assert.NotNull(finding);
        Assert.Equal(kind, finding.Value.Kind);
        Assert.Equal(finding.Value.Value, value.Substring(finding.Value.Start, finding.Value.Length));
    }

    [Theory]
    [InlineData("DB_PASSWORD", "$DB_PASSWORD")]
    [InlineData("DB_PASSWORD", "")]
    [InlineData("DB_PASSWORD", "changeme")]
    [InlineData("DB_PASSWORD_FILE", "/run/secrets/db_password")]
    [InlineData("NODE_SHA256", "rand")]
    [InlineData("GPG_KEYS", "rand")]
    [InlineData("GIT_COMMIT", "rand")]
    [InlineData("PYTHON_SHA256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("SOME_ID", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")]
    [InlineData("JAVA_HOME", "/usr/lib/jvm/java-17-openjdk-amd64")]
    [InlineData("DOWNLOAD_URL", "https://github.com/moby/buildkit/releases/download/v0.17.0/buildkit-v0.17.0.linux-amd64.tar.gz")]
    [InlineData("CONNECTION_STRING", "InfraDB:1521/InfraPDB1.us.oracle.com")]
    [InlineData("LANG", "C.UTF-8")]
    public void ClassifyValue_ignores_references_digests_and_ordinary_values(string name, string value)
    {
        if (value == "rand") value = FakeSecrets.Token("", 32);
        Assert.Null(SecretScanner.ClassifyValue(name, value));
    }
}
