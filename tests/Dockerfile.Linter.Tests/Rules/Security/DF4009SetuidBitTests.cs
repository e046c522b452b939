using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

public class DF4009SetuidBitTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN chmod 0755 /usr/local/bin/tool\n")]
    [InlineData("FROM debian:12\nRUN chmod g+s /srv/shared\n")]
    [InlineData("FROM debian:12\nRUN chmod 2775 /srv/shared\n")]
    [InlineData("FROM debian:12\nRUN chmod u-s /usr/bin/newgrp\n")]
    [InlineData("FROM debian:12\nRUN chmod a+rx,u+s-s /x\n")]
    [InlineData("FROM debian:12\nRUN chmod 755 /x\n")]
    [InlineData("FROM debian:12\nCOPY --chmod=0755 tool /usr/local/bin/tool\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF4009SetuidBit>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN chmod [|u+s|] /usr/local/bin/tool\n")]
    [InlineData("FROM debian:12\nRUN chmod [|+s|] /usr/local/bin/tool\n")]
    [InlineData("FROM debian:12\nRUN chmod [|4755|] /usr/local/bin/tool\n")]
    [InlineData("FROM debian:12\nRUN chmod [|04711|] /usr/local/bin/tool\n")]
    [InlineData("FROM debian:12\nRUN chmod [|6755|] /usr/local/bin/tool\n")]
    [InlineData("FROM debian:12\nRUN sudo chmod [|a+rx,u+s|] /usr/local/bin/tool\n")]
    [InlineData("FROM debian:12\nRUN install -m [|4755|] tool /usr/local/bin/tool\n")]
    [InlineData("FROM debian:12\nCOPY --chmod=[|4755|] tool /usr/local/bin/tool\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF4009SetuidBit>(marked);
}
