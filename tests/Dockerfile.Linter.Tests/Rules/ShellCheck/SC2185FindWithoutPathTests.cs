using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2185FindWithoutPathTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN find . -name x\n")]
    [InlineData("FROM debian:12\nRUN find -L /x -name y\n")]
    [InlineData("FROM debian:12\nRUN find \"$d\" -name x\n")]
    [InlineData("FROM debian:12\nRUN find -O3 /x\n")]
    [InlineData("FROM debian:12\nRUN find --help\n")]
    [InlineData("FROM debian:12\nRUN sudo find -name x\n")]
    [InlineData("FROM debian:12\nRUN [\"find\", \"-name\", \"x\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2185FindWithoutPath>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|find|] -name '*.pyc' -delete\n")]
    [InlineData("FROM debian:12\nRUN [|find|]\n")]
    [InlineData("FROM debian:12\nRUN [|find|] -L -name x\n")]
    [InlineData("FROM debian:12\nRUN cd /src && [|find|] -maxdepth 1 -type d\n")]
    [InlineData("FROM debian:12\nRUN cd $([|find|] -mindepth 1 -maxdepth 1 -type d -name \"git-*\")\n")]
    [InlineData("FROM debian:12\nRUN echo a && \\\n    [|/usr/bin/find|] -type f\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2185FindWithoutPath>(marked);

    [Theory]
    [InlineData("FROM debian:12\nRUN find -name x\n", "FROM debian:12\nRUN find . -name x\n")]
    [InlineData("FROM debian:12\nRUN find -L -name x\n", "FROM debian:12\nRUN find -L . -name x\n")]
    [InlineData("FROM debian:12\nRUN find\n", "FROM debian:12\nRUN find .\n")]
    [InlineData("FROM debian:12\nRUN find -L\n", "FROM debian:12\nRUN find -L .\n")]
    public void The_fix_inserts_the_current_directory(string before, string after)
    {
        RuleTester.Fix<SC2185FindWithoutPath>(before, after);
        Assert.Equal(FixSafety.Safe, Assert.Single(RuleTester.Diagnostics<SC2185FindWithoutPath>(before)).Fix!.Safety);
    }
}
