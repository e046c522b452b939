using Dockerfile.Linter.Secrets;

namespace Dockerfile.Linter.Tests.Secrets;

public class SecretNamesTests
{
    [Theory]
    [InlineData("DB_PASSWORD", "password")]
    [InlineData("dbPassword", "password")]
    [InlineData("MYSQL_ROOT_PASSWORD", "password")]
    [InlineData("PASSWD", "passwd")]
    [InlineData("ORACLE_PWD", "pwd")]
    [InlineData("ADMIN_PASS", "pass")]
    [InlineData("LDAP_ROOTPASS", "rootpass")]
    [InlineData("KEYSTORE_PASS", "pass")]
    [InlineData("STOREPASS", "storepass")]
    [InlineData("GITHUB_TOKEN", "token")]
    [InlineData("npmAuthToken", "auth")]
    [InlineData("npm_token", "token")]
    [InlineData("AUTHTOKEN", "authtoken")]
    [InlineData("CLIENT_SECRET", "secret")]
    [InlineData("DJANGO_SECRET_KEY", "secret")]
    [InlineData("AWS_SECRET_ACCESS_KEY", "secret")]
    [InlineData("API_KEY", "api key")]
    [InlineData("APIKey", "api key")]
    [InlineData("STRIPE_APIKEY", "apikey")]
    [InlineData("SSH_PRIVATE_KEY", "private key")]
    [InlineData("LICENSE_KEY", "license key")]
    [InlineData("APP_KEY", "app key")]
    [InlineData("AZURE_STORAGE_ACCOUNT_KEY", "account key")]
    [InlineData("DOCKER_CREDENTIALS", "credentials")]
    [InlineData("BASIC_AUTH", "auth")]
    [InlineData("CONNECTION_STRING", "connection string")]
    [InlineData("GPG_PASSPHRASE", "passphrase")]
    [InlineData("GPG_PRIVATE_KEY", "private key")]
    [InlineData("GPG_SECRET_KEYS", "secret")]
    [InlineData("api-key", "api key")]
    [InlineData("MYSQL_PW", "pw")]
    [InlineData("FILE_PASSWORD", "password")] // "file" before the secret word does not make it a reference
    public void Secret_names_are_recognised(string name, string? word)
    {
        Assert.Equal(word, SecretNames.FindSecretWord(name));
        Assert.Equal(word is not null, SecretNames.IsSecretName(name));
    }

    [Theory]
    [InlineData("GPG_KEY")]
    [InlineData("GPG_KEYS")]
    [InlineData("PGP_KEYSERVER")]
    [InlineData("RABBITMQ_PGP_KEY_ID")]
    [InlineData("APT_KEY")]
    [InlineData("KEY")]
    [InlineData("KEY_DIR")]
    [InlineData("PUBKEY")]
    [InlineData("PUBLIC_KEY")]
    [InlineData("SSH_PUBLIC_KEY")]
    [InlineData("NODE_TLS_REJECT_UNAUTHORIZED")]
    [InlineData("OAUTH2_PROXY_VERSION")]
    [InlineData("DOCKER_AUTH_VERSION")]
    [InlineData("AWS_IAM_AUTHENTICATOR_VERSION")]
    [InlineData("MYSQL_PASSWORD_FILE")]
    [InlineData("DB_PASSWORD_PATH")]
    [InlineData("sa_password_path")]
    [InlineData("TOKEN_URL")]
    [InlineData("SECRET_NAME")]
    [InlineData("PASSWORD_LENGTH")]
    [InlineData("ALLOW_EMPTY_PASSWORD")]
    [InlineData("PASSWORD_HASH")]
    [InlineData("PWD")]
    [InlineData("OLDPWD")]
    [InlineData("BYPASS_CACHE")]
    [InlineData("COMPASS_HOME")]
    [InlineData("KEEPASSXC_VERSION")]
    [InlineData("USERNAME")]
    [InlineData("NGINX_GPGKEY_PATH")]
    [InlineData("AWS_ACCESS_KEY_ID")]
    [InlineData("PASSWORD_STDIN")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_names_are_not_secret_names(string? name)
    {
        Assert.False(SecretNames.IsSecretName(name), name);
    }

    [Theory]
    [InlineData("dbPassword", "db,password")]
    [InlineData("APIKey", "api,key")]
    [InlineData("AWS_SECRET_ACCESS_KEY", "aws,secret,access,key")]
    [InlineData("oauth2Token", "oauth2,token")]
    [InlineData("--api-key", "api,key")]
    [InlineData("__", "")]
    public void Names_split_into_lower_case_words(string name, string words)
    {
        Assert.Equal(words, string.Join(",", SecretNames.SplitWords(name)));
    }
}
