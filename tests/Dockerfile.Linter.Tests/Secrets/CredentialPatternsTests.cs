using Dockerfile.Linter.Secrets;

namespace Dockerfile.Linter.Tests.Secrets;

public class CredentialPatternsTests
{
    // Each text marks the expected secret with [| |].
    [Theory]
    [InlineData("git clone https://deploy:[|s3cr3tPass|]@gitlab.example.com/group/repo.git")]
    [InlineData("pip install --index-url https://user:[|pa55word|]@pypi.internal/simple pkg")]
    [InlineData("curl -fsSL ftp://anonymous:[|me%40home|]@ftp.example.org/file")]
    [InlineData("git clone https://[|a1b2c3d4e5f6|]:x-oauth-basic@github.com/o/r.git")]
    public void Url_passwords_are_found(string marked) => AssertFinds(CredentialPatterns.FindUrlCredentials, marked, SecretKind.UrlCredentials);

    [Theory]
    [InlineData("git clone https://x-access-token:${GITHUB_TOKEN}@github.com/o/r.git")]
    [InlineData("git clone https://$USER:$PASS@example.com/r.git")]
    [InlineData("git clone git@github.com:owner/repo.git")]
    [InlineData("curl https://example.com:8443/path")]
    [InlineData("curl https://user:<password>@example.com")]
    [InlineData("docker run -e DATABASE_URL=postgres://postgres@db:5432/app")]
    public void Urls_without_literal_passwords_are_not_found(string text) =>
        Assert.Empty(CredentialPatterns.FindUrlCredentials(text));

    [Theory]
    [InlineData("mysql -uroot -p[|hunter22|] -e 'CREATE DATABASE app'")]
    [InlineData("mysqladmin -u root -p'[|Sup3r!|]' password")]
    [InlineData("some-cli login --password=[|hunter22|]")]
    [InlineData("some-cli login --password [|hunter22|]")]
    [InlineData("vault login --api-key \"[|abc123def|]\"")]
    [InlineData("sshpass -p [|raspberry|] ssh pi@host")]
    [InlineData("docker login -u me -p [|dckrPass1|] registry.example.com")]
    [InlineData("openssl pkcs12 -export -in c.pem -passout pass:[|changeit2|] -out c.p12")]
    [InlineData("curl -u admin:[|admin123|] https://nexus/service/rest")]
    [InlineData("curl --user deploy:[|d3pl0y|] -T f https://h/")]
    [InlineData("echo 'root:[|Docker!|]' | chpasswd")]
    [InlineData("echo \"someuser:[|somepasswd|]\" | sudo chpasswd")]
    [InlineData("wget --http-password=[|w3bpass|] https://example.com/f")]
    [InlineData("echo 'machine github.com login bot password [|tok3nValue|]' > ~/.netrc")]
    [InlineData("aws configure set aws_secret_access_key [|abcDEF123ghi|] && aws s3 ls")]
    [InlineData("aws configure set default.aws_session_token [|abcDEF123ghi|]")]
    [InlineData("npm config set //registry.npmjs.org/:_authToken [|abcdef123456|]")]
    [InlineData("yarn config set --global npmAuthToken=[|abcdef123456|]")]
    public void Literal_password_arguments_are_found(string marked) =>
        AssertFinds(CredentialPatterns.FindPasswordArguments, marked, SecretKind.PasswordArgument);

    [Theory]
    [InlineData("adduser -D -h /app --disabled-password app")]
    [InlineData("some-cli login --password=$PASSWORD")]
    [InlineData("some-cli login --password \"${PASSWORD}\"")]
    [InlineData("some-cli login --password=$(cat /run/secrets/pw)")]
    [InlineData("docker login --password-stdin < /run/secrets/token")]
    [InlineData("psql --no-password -h db app")]
    [InlineData("mysql -uroot -p -e 'SHOW DATABASES'")]
    [InlineData("mysql -P3306 -h db")]
    [InlineData("curl -u \"$USER:$PASS\" https://h/")]
    [InlineData("curl -u user https://h/")]
    [InlineData("echo \"$USER:$PASS\" | chpasswd")]
    [InlineData("some-cli --token-file /run/secrets/token")]
    [InlineData("some-cli --password=changeme")]
    [InlineData("some-cli --token <your-token>")]
    [InlineData("npm config set registry https://registry.npmjs.org/")]
    [InlineData("aws configure set region eu-west-1")]
    [InlineData("echo \"machine github.com login bot password $GH_TOKEN\" > ~/.netrc")]
    public void Variables_placeholders_and_switches_are_not_password_arguments(string text) =>
        Assert.Empty(CredentialPatterns.FindPasswordArguments(text));

    [Theory]
    [InlineData("export DB_PASSWORD=[|hunter22|] && ./migrate")]
    [InlineData("ACCEPT_EULA=Y SA_PASSWORD=\"[|Passw0rd!|]\" /opt/mssql/bin/sqlservr")]
    [InlineData("ADMIN_PASSWORD=\"${ADMIN_PASSWORD:-[|welcome1|]}\"")]
    [InlineData("npm config set //registry.npmjs.org/:_authToken=[|abcdef123456|]")]
    public void Literal_secret_assignments_are_found(string marked) =>
        AssertFinds(CredentialPatterns.FindSecretAssignments, marked, SecretKind.SecretAssignment);

    [Theory]
    [InlineData("export DB_PASSWORD=$DB_PASSWORD")]
    [InlineData("MYSQL_PASSWORD_FILE=/run/secrets/db")]
    [InlineData("RESET_OS_PASSWORD=resetOSPassword.sh")]
    [InlineData("AWS_SECRET_ACCESS_KEY=FAKE_TO_GENERATE_WARNING_OUTPUT")]
    [InlineData("CONNECTION_STRING=${CONNECTION_STRING:-InfraDB:1521/InfraPDB1.us.oracle.com}")]
    [InlineData("usage=\"docker run -e POSTGRESQL_PASSWORD=pass img\"")]
    [InlineData("ALLOW_EMPTY_PASSWORD=yes")]
    [InlineData("GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D")]
    public void Other_assignments_are_not_secret_assignments(string text) =>
        Assert.Empty(CredentialPatterns.FindSecretAssignments(text));

    [Theory]
    [InlineData("Server=tcp:db;Database=app;User Id=sa;Password=[|Str0ngPass|];")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=[|abcDEF123+/xyz==|];EndpointSuffix=core.windows.net")]
    public void Connection_string_secrets_are_found(string marked) =>
        AssertFinds(CredentialPatterns.FindConnectionStringSecrets, marked, SecretKind.ConnectionStringSecret);

    [Theory]
    [InlineData("Server=db;Database=app;Password=$DB_PASSWORD;")]
    [InlineData("echo password=welcome1")]
    public void Other_text_has_no_connection_string_secrets(string text) =>
        Assert.Empty(CredentialPatterns.FindConnectionStringSecrets(text));

    internal static void AssertFinds(Func<string, IReadOnlyList<SecretFinding>> find, string marked, SecretKind kind)
    {
        int start = marked.IndexOf("[|", StringComparison.Ordinal);
        int end = marked.IndexOf("|]", StringComparison.Ordinal) - 2;
        string text = marked.Replace("[|", "").Replace("|]", "");
        var finding = Assert.Single(find(text));
        Assert.Equal(kind, finding.Kind);
        Assert.Equal((start, end - start), (finding.Start, finding.Length));
        Assert.Equal(text[start..end], finding.Value);
    }
}
