using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.Secrets;

namespace Dockerfile.Linter.Tests.Rules.Secrets;

public class DF3002SecretInCommandTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nRUN --mount=type=secret,id=pw mysql -uroot -p\"$(cat /run/secrets/pw)\" -e 'SELECT 1'\n")]
    [InlineData("FROM alpine:3.20\nRUN echo \"$USER:$PASS\" | chpasswd\n")]
    [InlineData("FROM alpine:3.20\nRUN adduser -D --disabled-password app\n")]
    [InlineData("FROM alpine:3.20\nRUN echo \"$NODE_SHA256  node.tar.xz\" | sha256sum -c -\n")]
    [InlineData("FROM alpine:3.20\nRUN git clone https://x-access-token:${TOKEN}@github.com/o/r.git\n")]
    [InlineData("FROM alpine:3.20\nRUN [\"sh\", \"-c\", \"mysql -uroot -p$PW\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF3002SecretInCommand>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nRUN mysql -uroot -p[|hunter22|] -e 'SELECT 1'\n")]
    [InlineData("FROM alpine:3.20\nRUN echo 'root:[|Docker!|]' | chpasswd\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add git && \\\n    git clone https://bot:[|s3cr3tPass|]@git.example.com/r.git\n")]
    [InlineData("FROM alpine:3.20\nRUN [\"sh\", \"-c\", \"mysql -uroot -p[|hunter22|]\"]\n")]
    [InlineData("FROM alpine:3.20\nRUN <<EOF\nset -e\nexport DB_PASSWORD=[|hunter22|]\n./migrate\nEOF\n")]
    [InlineData("FROM alpine:3.20\nONBUILD RUN curl -u admin:[|admin123|] https://nexus.example.com/x\n")]
    [InlineData("FROM alpine:3.20 AS a\nRUN sshpass -p [|raspberry|] scp pi@h:/f .\nFROM a\nRUN ACCEPT_EULA=Y SA_PASSWORD=[|Passw0rd1|] /opt/mssql/bin/sqlservr\n")]
    [InlineData("FROM alpine:3.20\nCMD [\"app\", \"--db-password=[|hunter22|]\"]\n")]
    [InlineData("FROM alpine:3.20\nENTRYPOINT exec app --token [|abc123def456|]\n")]
    [InlineData("FROM alpine:3.20\nHEALTHCHECK CMD curl -fsS -u monitor:[|m0nit0r|] http://localhost/health\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF3002SecretInCommand>(marked);

    [Fact]
    public void Cmd_message_says_image_config() =>
        Assert.Contains("stored in the image config",
            RuleTester.Diagnostics<DF3002SecretInCommand>("FROM alpine:3.20\nCMD app --password=hunter22\n").Single().Message);

    [Fact]
    public void Token_formats_are_found_and_masked()
    {
        string token = FakeSecrets.Token("glpat-", 20);
        RuleTester.Invalid<DF3002SecretInCommand>($"FROM alpine:3.20\nRUN git clone https://oauth2:[|{token}|]@gitlab.com/g/r.git\n");
        var message = RuleTester.Diagnostics<DF3002SecretInCommand>($"FROM alpine:3.20\nRUN echo {token} > /t\n").Single().Message;
        Assert.Equal("RUN contains a GitLab token ('glpa**********************'), which is stored in the build history; pass it as a build secret (RUN --mount=type=secret) or at run time instead", message);
    }

    [Fact]
    public void Spans_land_on_the_right_physical_line_with_crlf() =>
        RuleTester.Invalid<DF3002SecretInCommand>("FROM alpine:3.20\r\nRUN apk add mariadb-client \\\r\n && mysql -uroot -p[|hunter22|] -h db\r\n");
}
