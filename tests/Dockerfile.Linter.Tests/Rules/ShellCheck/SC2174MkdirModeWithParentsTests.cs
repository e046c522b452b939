using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2174MkdirModeWithParentsTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN mkdir -p -m 755 a\n")]
    [InlineData("FROM debian:12\nRUN mkdir -p /a/b\n")]
    [InlineData("FROM debian:12\nRUN mkdir -m 700 /a/b\n")]
    [InlineData("FROM debian:12\nRUN sudo mkdir -p -m 700 /a/b\n")]
    [InlineData("FROM debian:12\nRUN [\"mkdir\", \"-p\", \"-m\", \"700\", \"/a/b\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2174MkdirModeWithParents>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN mkdir -p [|-m|] 755 /etc/apt/keyrings\n")]
    [InlineData("FROM debian:12\nRUN mkdir [|-pm|] 700 /a/b\n")]
    [InlineData("FROM debian:12\nRUN mkdir [|-m|] 700 -p /root/.ssh\n")]
    [InlineData("FROM debian:12\nRUN mkdir -p [|-m755|] /a\n")]
    [InlineData("FROM debian:12\nRUN mkdir --parents [|--mode=755|] a/b\n")]
    [InlineData("FROM debian:12\nRUN mkdir -p [|-m|] 755 \"$d\"\n")]
    [InlineData("FROM debian:12\nRUN true && \\\n    mkdir -p \\\n    [|-m|] 770 /var/opt/mssql\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2174MkdirModeWithParents>(marked);
}
