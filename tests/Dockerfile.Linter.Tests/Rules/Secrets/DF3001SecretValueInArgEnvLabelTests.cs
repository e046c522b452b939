using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.Secrets;

namespace Dockerfile.Linter.Tests.Rules.Secrets;

public class DF3001SecretValueInArgEnvLabelTests
{
    private static readonly string GitHubToken = FakeSecrets.Token("ghp_", 36);
    private static readonly string Random32 = FakeSecrets.Token("", 32);

    [Theory]
    [InlineData("FROM alpine:3.20\nENV DB_PASSWORD=$DB_PASSWORD\n")]
    [InlineData("FROM alpine:3.20\nARG DB_PASSWORD\n")]
    [InlineData("FROM alpine:3.20\nENV DB_PASSWORD=hunter22\n")] // the name is DL3064's
    [InlineData("FROM alpine:3.20\nARG GITHUB_TOKEN=changeme\n")]
    [InlineData("FROM alpine:3.20\nENV MYSQL_PASSWORD_FILE=/run/secrets/db\n")]
    [InlineData("FROM alpine:3.20\nENV PYTHON_SHA256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n")]
    [InlineData("FROM alpine:3.20\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n")]
    [InlineData("FROM alpine:3.20\nENV PATH=/usr/local/bin:$PATH LANG=C.UTF-8\n")]
    [InlineData("FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://github.com/o/r\n")]
    [InlineData("FROM alpine:3.20\nENV DATABASE_URL=postgres://app@db:5432/app\n")]
    [InlineData("FROM alpine:3.20\nENV ORACLE_PWD=${ORACLE_PWD}\n")]
    [InlineData("FROM alpine:3.20\nENV ADMIN_PASSWORD=\"${ADMIN_PASSWORD:-welcome1}\"\n")] // DL3064 reports this pair
    // Public material (the audit's reproducer first): by value shape and by name.
    [InlineData("FROM alpine:3.20\nENV MINIO_UPDATE_MINISIGN_PUBKEY=\"RWTx5Zr1tiHQLwG9keckT0c45M3AGeHD6IvimQHpyRywVWGbP1aVSGav\"\n")]
    [InlineData("FROM alpine:3.20\nENV UPDATE_KEY=RWTx5Zr1tiHQLwG9keckT0c45M3AGeHD6IvimQHpyRywVWGbP1aVSGav\n")]
    [InlineData("FROM alpine:3.20\nENV DEPLOY_KEY=\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKp7dF0Xq5vN3mQ8wLz2Hc9TjR4sYb6UeWg1oP0aZxVf ci@example\"\n")]
    [InlineData("FROM alpine:3.20\nENV IMAGE_DIGEST=sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n")]
    [InlineData("FROM alpine:3.20\nENV AGE_RECIPIENT=age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF3001SecretValueInArgEnvLabel>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nENV DATABASE_URL=postgres://app:[|Sup3rS3cret|]@db:5432/app\n")]
    [InlineData("FROM alpine:3.20\nENV DATABASE_URL=\"postgres://app:[|Sup3rS3cret|]@db:5432/app\"\n")]
    [InlineData("FROM alpine:3.20\nENV ORACLE_PWD=[|welcome1|]\n")] // a name DL3064 does not know
    [InlineData("FROM alpine:3.20\nARG LDAP_ROOTPASS=[|fsociety|]\n")]
    [InlineData("FROM alpine:3.20\nENV ADMIN_PASS [|welcome1|]\n")] // legacy form
    [InlineData("FROM alpine:3.20\nLABEL db.password=[|hunter22|]\n")] // LABEL names are not DL3064's
    [InlineData("FROM alpine:3.20\nENV A=1 \\\n    ORACLE_PWD=[|welcome1|]\n")] // continuation: span on line 3
    [InlineData("FROM alpine:3.20\nONBUILD ENV ORACLE_PWD=[|welcome1|]\n")]
    [InlineData("FROM alpine:3.20\nENV ORACLE_PWD=\"${ORACLE_PWD:-[|welcome1|]}\"\n")] // default hidden in an expansion
    [InlineData("FROM alpine:3.20 AS build\nARG LDAP_ROOTPASS=[|fsociety|]\nFROM build\nENV DB_PW=[|hunter22|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF3001SecretValueInArgEnvLabel>(marked);

    [Fact]
    public void Known_token_formats_are_reported_even_under_names_DL3064_reports()
    {
        RuleTester.Invalid<DF3001SecretValueInArgEnvLabel>($"FROM alpine:3.20\nARG GITHUB_TOKEN=[|{GitHubToken}|]\n");
        RuleTester.Invalid<DF3001SecretValueInArgEnvLabel>($"FROM alpine:3.20\nENV SOME_SETTING=\"[|{GitHubToken}|]\"\n");
    }

    [Theory]
    [InlineData("RELEASE_SIGNATURE")]
    [InlineData("COSIGN_PUBLIC_KEY")]
    [InlineData("CA_CERT")]
    [InlineData("SERVER_CERT_FINGERPRINT")]
    [InlineData("APP_PUBKEY")]
    public void Random_values_under_names_of_public_material_are_not_secrets(string name)
    {
        RuleTester.Valid<DF3001SecretValueInArgEnvLabel>($"FROM alpine:3.20\nENV {name}={Random32}\n");
        RuleTester.Invalid<DF3001SecretValueInArgEnvLabel>($"FROM alpine:3.20\nENV SESSION_SALT=[|{Random32}|]\n"); // same value, other name
    }

    [Theory]
    [InlineData("cert.key")]           // a certificate's private key
    [InlineData("signature.secret")]
    [InlineData("publish.token")]
    public void Names_with_a_private_part_stay_secret(string name) => // LABEL: names DL3064 does not cover
        RuleTester.Invalid<DF3001SecretValueInArgEnvLabel>($"FROM alpine:3.20\nLABEL {name}=[|{Random32}|]\n");

    [Fact]
    public void High_entropy_values_are_reported_unless_the_name_says_digest()
    {
        RuleTester.Invalid<DF3001SecretValueInArgEnvLabel>($"FROM alpine:3.20\nENV SESSION_SALT=[|{Random32}|]\n");
        RuleTester.Valid<DF3001SecretValueInArgEnvLabel>($"FROM alpine:3.20\nENV BUILD_COMMIT={Random32}\n");
    }

    [Fact]
    public void Message_masks_the_value_and_says_where_it_ends_up()
    {
        var env = RuleTester.Diagnostics<DF3001SecretValueInArgEnvLabel>("FROM alpine:3.20\nENV ORACLE_PWD=welcome1\n").Single();
        Assert.Equal("ENV ORACLE_PWD holds a literal secret ('we******') that ends up in the image config; pass it as a build secret (RUN --mount=type=secret) instead", env.Message);
        var arg = RuleTester.Diagnostics<DF3001SecretValueInArgEnvLabel>($"FROM alpine:3.20\nARG T={GitHubToken}\n").Single();
        Assert.Contains("the build history", arg.Message);
        Assert.Contains("a GitHub token ('ghp_*", arg.Message);
        Assert.DoesNotContain(GitHubToken[4..], arg.Message);
    }
}
