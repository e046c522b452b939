using Dockerfile.Linter.Secrets;

namespace Dockerfile.Linter.Tests.Secrets;

public class KnownSecretFormatsTests
{
    public static TheoryData<string, SecretKind> Tokens() => new()
    {
        { FakeSecrets.Upper("AKIA", 16), SecretKind.AwsAccessKeyId },
        { FakeSecrets.Upper("ASIA", 16), SecretKind.AwsAccessKeyId },
        { FakeSecrets.Token("ghp_", 36), SecretKind.GitHubToken },
        { FakeSecrets.Token("gho_", 36), SecretKind.GitHubToken },
        { FakeSecrets.Token("ghs_", 36), SecretKind.GitHubToken },
        { FakeSecrets.Token("github_pat_", 82), SecretKind.GitHubToken },
        { FakeSecrets.Token("glpat-", 20), SecretKind.GitLabToken },
        { FakeSecrets.Token("xoxb-", 40), SecretKind.SlackToken },
        { FakeSecrets.Token("sk_live_", 24), SecretKind.StripeKey },
        { FakeSecrets.Token("AIza", 35), SecretKind.GoogleApiKey },
        { FakeSecrets.Token("npm_", 36), SecretKind.NpmToken },
        { FakeSecrets.Token("pypi-AgE", 60), SecretKind.PyPiToken },
        { FakeSecrets.Token("dckr_pat_", 27), SecretKind.DockerHubToken },
        { FakeSecrets.Token("SG.", 22) + "." + FakeSecrets.Token("", 43), SecretKind.SendGridKey },
        { FakeSecrets.Token("hvs.", 90), SecretKind.VaultToken },
        { FakeSecrets.Token("sk-proj-", 48), SecretKind.AiApiKey },
        { "eyJ" + FakeSecrets.Token("", 20) + ".eyJ" + FakeSecrets.Token("", 30) + "." + FakeSecrets.Token("", 43), SecretKind.JsonWebToken },
    };

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Known_token_formats_are_found_with_exact_offsets(string token, SecretKind kind)
    {
        string text = $"RUN do-something --flag {token} && echo done";
        var finding = Assert.Single(KnownSecretFormats.Find(text));
        Assert.Equal(kind, finding.Kind);
        Assert.Equal(token, finding.Value);
        Assert.Equal(token, text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Aws_secret_key_is_found_next_to_its_name_only()
    {
        string secret = FakeSecrets.Token("", 40);
        var finding = Assert.Single(KnownSecretFormats.Find($"aws_secret_access_key = {secret}"));
        Assert.Equal(SecretKind.AwsSecretAccessKey, finding.Kind);
        Assert.Equal(secret, finding.Value);
        Assert.Empty(KnownSecretFormats.Find($"SOMETHING_ELSE={secret}"));
    }

    [Fact]
    public void Private_key_block_needs_a_key_body()
    {
        string body = FakeSecrets.Token("MIIE", 60);
        var finding = Assert.Single(KnownSecretFormats.Find($"echo \"-----BEGIN RSA PRIVATE KEY-----\\n{body}\" > /root/.ssh/id_rsa"));
        Assert.Equal(SecretKind.PrivateKey, finding.Kind);
        Assert.Empty(KnownSecretFormats.Find("grep -q -- '-----BEGIN OPENSSH PRIVATE KEY-----' \"$f\""));
    }

    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE")] // the AWS documentation example
    [InlineData("ghp_short")]
    [InlineData("xghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // no digits: not random
    [InlineData("pk_live_0123456789abcdefghijABCD")] // publishable Stripe key
    [InlineData("https://github.com/docker-library/python/blob/master/Dockerfile")]
    [InlineData("sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("apt-get install -y --no-install-recommends ca-certificates task-spooler")]
    [InlineData("")]
    public void Other_text_has_no_known_tokens(string text)
    {
        Assert.Empty(KnownSecretFormats.Find(text));
    }
}
