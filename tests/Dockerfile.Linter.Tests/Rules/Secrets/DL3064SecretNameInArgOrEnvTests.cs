using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Secrets;

public class DL3064SecretNameInArgOrEnvTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nARG NODE_VERSION=22\nENV APP_HOME=/app\n")]
    [InlineData("FROM alpine:3.20\nENV PASSWORD_FILE=/run/secrets/db\n")]                      // points to the secret
    [InlineData("FROM alpine:3.20\nARG GITHUB_TOKEN_PATH\nARG TOKEN_URL\nARG SECRET_NAME\n")]
    [InlineData("FROM alpine:3.20\nENV PUBLIC_KEY=abc\nARG AUTH_TYPE=basic\n")]
    [InlineData("FROM python:3.12\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n")]    // a key fingerprint
    [InlineData("FROM alpine:3.20\nENV ALLOW_EMPTY_PASSWORD=no\n")]                              // a switch
    [InlineData("FROM alpine:3.20\nENV RESET_OS_PASSWORD=resetOSPassword.sh\n")]                  // a script name
    [InlineData("FROM alpine:3.20\nENV TOKENIZERS_PARALLELISM=false KEYBOARD=us\n")]
    [InlineData("FROM alpine:3.20\nENV DefaultProcess__Filters__0__Key=x\n")]                     // .NET config path
    [InlineData("FROM alpine:3.20\nENV DOCKER_USERNAME=ci\n")]                                    // a user name is not a secret
    public void Valid(string dockerfile) => RuleTester.Valid<DL3064SecretNameInArgOrEnv>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nARG [|NPM_TOKEN|]\n")]
    [InlineData("FROM alpine:3.20\nARG [|AWS_SECRET_ACCESS_KEY|]=x [|AWS_ACCESS_KEY_ID|]=y\n")]
    [InlineData("FROM alpine:3.20\nENV [|DB_PASSWORD|]=hunter2 APP=1\n")]
    [InlineData("FROM alpine:3.20\nENV [|mysql_root_password|] secret\n")]                        // legacy form, lower case
    [InlineData("FROM alpine:3.20\nENV [|DJANGO_SECRET_KEY|]=x \\\n    [|API-KEY|]=y\n")]
    [InlineData("FROM alpine:3.20\nARG [|SSH_PRIVATE_KEY|]\nARG [|GPG_PRIVATE_KEY|]\n")]
    [InlineData("FROM alpine:3.20\nARG [|DBPASSWORD|]\nARG [|GITHUBTOKEN|]=x\n")]                  // fragments inside a word
    [InlineData("FROM alpine:3.20\nONBUILD ARG [|GITHUB_TOKEN|]\n")]
    [InlineData("ARG [|REGISTRY_PASSWORD|]\nFROM alpine:3.20\n")]                                 // global ARG
    public void Invalid(string marked) => RuleTester.Invalid<DL3064SecretNameInArgOrEnv>(marked);

    [Fact]
    public void Message_names_instruction_and_variable() =>
        Assert.Equal("Do not use ARG or ENV instructions for sensitive data (ENV \"DB_PASSWORD\")",
            RuleTester.Diagnostics<DL3064SecretNameInArgOrEnv>("FROM a:1\nENV DB_PASSWORD=x\n").Single().Message);
}
