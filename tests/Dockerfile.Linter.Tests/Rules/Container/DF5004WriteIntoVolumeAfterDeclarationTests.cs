using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Container;

public class DF5004WriteIntoVolumeAfterDeclarationTests
{
    [Theory]
    [InlineData("FROM debian:12-slim\nRUN mkdir -p /var/lib/app && chown 1000 /var/lib/app\nVOLUME /var/lib/app\n")]
    [InlineData("FROM debian:12-slim\nVOLUME /var/lib/app\nRUN mkdir -p /var/lib/application\n")] // not under the volume
    [InlineData("FROM debian:12-slim\nVOLUME /data\nRUN cp /data/seed.sql /opt/\n")] // reads only
    [InlineData("FROM debian:12-slim\nVOLUME /data\nCOPY seed.sql /opt/\n")]
    [InlineData("FROM debian:12-slim AS a\nVOLUME /data\nFROM debian:12-slim\nRUN touch /data/x\n")] // other lineage
    [InlineData("FROM debian:12-slim\nARG DIR\nVOLUME $DIR\nRUN touch /x\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF5004WriteIntoVolumeAfterDeclaration>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12-slim\nVOLUME /var/lib/app\nRUN mkdir -p [|/var/lib/app/cache|] && chown -R 1000:1000 [|/var/lib/app|]\n")]
    [InlineData("FROM debian:12-slim\nVOLUME [\"/data\"]\nCOPY seed.sql [|/data/|]\n")]
    [InlineData("FROM debian:12-slim\nENV DATA=/data\nVOLUME $DATA\nADD seed.tar [|$DATA/seed|]\n")]
    [InlineData("FROM debian:12-slim\nVOLUME /data\nRUN echo x > [|/data/x|]\n")]
    [InlineData("FROM debian:12-slim\nVOLUME /data /logs\nRUN cp /etc/hosts [|/logs/hosts|] \\\n && tar -xzf /t.tgz -C [|/data|]\n")]
    [InlineData("FROM debian:12-slim AS base\nVOLUME /data\nFROM base\nRUN git clone https://g.example.com/r [|/data/r|]\n")]
    [InlineData("FROM debian:12-slim\nVOLUME /data\nRUN curl -fsSLo [|/data/f|] https://x.example.com/f\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF5004WriteIntoVolumeAfterDeclaration>(marked);

    [Fact]
    public void Message_names_the_volume_line() =>
        Assert.Equal("'touch /data/x' changes '/data' after line 2 declared it a VOLUME; make the change before the VOLUME instruction",
            RuleTester.Diagnostics<DF5004WriteIntoVolumeAfterDeclaration>("FROM debian:12-slim\nVOLUME /data\nRUN touch /data/x\n").Single().Message);
}
