using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Container;

public class DF5003SshOrCronNextToApplicationTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nCMD [\"crond\", \"-f\", \"-l\", \"2\"]\n")]
    [InlineData("FROM alpine:3.20\nCMD [\"/usr/sbin/sshd\", \"-D\"]\n")]
    [InlineData("FROM alpine:3.20\nCMD cron -f\n")]
    [InlineData("FROM python:3.12\nCMD [\"gunicorn\", \"app:app\"]\n")]
    [InlineData("FROM debian:12-slim\nCMD service ssh status && echo ok\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF5003SshOrCronNextToApplication>(dockerfile);

    [Theory]
    [InlineData("FROM python:3.12-slim\nCMD [|cron|] && exec gunicorn app:app\n")]
    [InlineData("FROM debian:12-slim\nCMD [|service ssh start|] && node server.js\n")]
    [InlineData("FROM debian:12-slim\nCMD [|/usr/sbin/sshd|] && [|/etc/init.d/cron start|] && tail -f /dev/null\n")]
    [InlineData("FROM debian:12-slim\nENTRYPOINT [\"sh\", \"-c\", \"[|/usr/sbin/sshd|]; exec java -jar app.jar\"]\n")]
    [InlineData("FROM alpine:3.20\nCMD [|rc-service sshd start|] ; nginx -g 'daemon off;'\n")]
    [InlineData("FROM debian:12-slim\nONBUILD CMD [|service cron start|] && python app.py\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF5003SshOrCronNextToApplication>(marked);
}
