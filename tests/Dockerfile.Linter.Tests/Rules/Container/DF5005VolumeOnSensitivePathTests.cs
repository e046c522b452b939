using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Container;

public class DF5005VolumeOnSensitivePathTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nVOLUME /var/lib/app /data\n")]
    [InlineData("FROM alpine:3.20\nVOLUME /var/run/app\n")]
    [InlineData("FROM alpine:3.20\nVOLUME /home/app/.cache\n")]
    [InlineData("FROM alpine:3.20\nVOLUME $DIR\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF5005VolumeOnSensitivePath>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nVOLUME [|/var/run/docker.sock|]\n")]
    [InlineData("FROM alpine:3.20\nVOLUME [[|\"/run/secrets\"|]]\n")]
    [InlineData("FROM alpine:3.20\nVOLUME /data [|/root/.ssh|]\n")]
    [InlineData("FROM alpine:3.20\nVOLUME [|/home/app/.aws|]\n")]
    [InlineData("FROM alpine:3.20\nVOLUME [|/etc|]\n")]
    [InlineData("FROM alpine:3.20\nARG SOCK=/var/run/docker.sock\nVOLUME [|${SOCK}|]\n")]
    [InlineData("FROM alpine:3.20\nONBUILD VOLUME [|/var/run/docker.sock|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF5005VolumeOnSensitivePath>(marked);
}
