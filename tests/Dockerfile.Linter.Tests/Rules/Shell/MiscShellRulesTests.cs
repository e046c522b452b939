using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Shell;

public class DL3001PointlessCommandTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN echo ps\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y procps\n")]
    public void Valid(string d) => RuleTester.Valid<DL3001PointlessCommand>(d);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|service|] nginx start\n")]
    [InlineData("FROM debian:12\nRUN [|ps|] aux | grep x\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL3001PointlessCommand>(m);
}

public class DL4005LinkBinShTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN ln -s /usr/bin/python3 /usr/bin/python\n")]
    public void Valid(string d) => RuleTester.Valid<DL4005LinkBinSh>(d);

    [Theory]
    [InlineData("FROM debian:12\nRUN ln -sf /bin/bash [|/bin/sh|]\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL4005LinkBinSh>(m);
}

public class DL3046UseraddLargeUidTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN useradd -u 1000 app\n")]
    [InlineData("FROM debian:12\nRUN useradd -l -u 1000000 app\n")]
    [InlineData("FROM debian:12\nARG UID=1000\nRUN useradd --uid $UID app\n")]
    public void Valid(string d) => RuleTester.Valid<DL3046UseraddLargeUid>(d);

    [Theory]
    [InlineData("FROM debian:12\nRUN useradd -u [|1000000|] app\n")]
    [InlineData("FROM debian:12\nARG UID=1234567\nRUN useradd --uid [|$UID|] app\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL3046UseraddLargeUid>(m);

    [Fact]
    public void Fix_adds_no_log_init() =>
        RuleTester.Fix<DL3046UseraddLargeUid>("FROM debian:12\nRUN useradd -u 1000000 app\n", "FROM debian:12\nRUN useradd -l -u 1000000 app\n");
}

public class DL3004SudoInRunTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN mkdir /x\n")]
    [InlineData("FROM debian:12\nRUN echo sudo\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3004SudoInRun>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|sudo|] mkdir /x\n")]
    [InlineData("FROM debian:12\nRUN env A=1 [|sudo|] -u app make\n")]
    [InlineData("FROM debian:12\nONBUILD RUN [|sudo|] make\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3004SudoInRun>(marked);
}
