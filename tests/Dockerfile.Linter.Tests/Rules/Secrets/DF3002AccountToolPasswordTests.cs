using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Secrets;

/// <summary>DF3002 for passwords given literally to account tools (useradd, chpasswd, passwd, htpasswd, mysqladmin).</summary>
public class DF3002AccountToolPasswordTests
{
    [Theory]
    [InlineData("FROM debian:12\nARG APP_PASSWORD\nRUN useradd -m -p \"$(openssl passwd -6 \"$APP_PASSWORD\")\" app\n")]
    [InlineData("FROM debian:12\nRUN --mount=type=secret,id=pw useradd -m -p \"$(openssl passwd -6 -stdin < /run/secrets/pw)\" app\n")]
    [InlineData("FROM debian:12\nRUN printf '%s:%s\\n' \"$USER\" \"$PASS\" | chpasswd\n")]
    [InlineData("FROM debian:12\nRUN echo \"$ROOT_PASSWORD\" | passwd --stdin root\n")]
    [InlineData("FROM debian:12\nRUN htpasswd -cb /etc/nginx/.htpasswd admin \"$ADMIN_PASSWORD\"\n")]
    [InlineData("FROM debian:12\nRUN htpasswd -c /etc/nginx/.htpasswd admin\n")]
    [InlineData("FROM debian:12\nRUN useradd -m -p '*' app\n")]
    [InlineData("FROM debian:12\nRUN mysqladmin -uroot password \"$MYSQL_ROOT_PASSWORD\"\n")]
    [InlineData("FROM debian:12\nRUN echo 'root:changeme' | chpasswd\n")] // a placeholder
    public void Valid(string dockerfile) => RuleTester.Valid<DF3002SecretInCommand>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN useradd -m -p \"$(openssl passwd -1 [|s3cretPw|])\" app\n")]
    [InlineData("FROM debian:12\nRUN useradd -m -p \"$(openssl passwd -6 -salt abc [|s3cretPw|])\" app\n")]
    [InlineData("FROM debian:12\nRUN useradd -m -p [|plaintextpw|] app\n")]
    [InlineData("FROM debian:12\nRUN printf 'app:[|Sup3rSecret|]' | chpasswd\n")]
    [InlineData("FROM centos:7\nRUN echo [|Sup3rSecret|] | passwd --stdin root\n")]
    [InlineData("FROM debian:12\nRUN echo -e \"[|Sup3rSecret|]\" | passwd root\n")]
    [InlineData("FROM debian:12\nRUN htpasswd -cb /etc/nginx/.htpasswd admin [|Sup3rSecret|]\n")]
    [InlineData("FROM debian:12\nRUN htpasswd -nbB admin '[|Sup3rSecret|]' > /etc/nginx/.htpasswd\n")]
    [InlineData("FROM debian:12\nRUN mysqladmin -u root password '[|Sup3rSecret|]'\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF3002SecretInCommand>(marked);
}
