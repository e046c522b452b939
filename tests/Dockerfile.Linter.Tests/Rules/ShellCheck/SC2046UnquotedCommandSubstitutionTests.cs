using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2046UnquotedCommandSubstitutionTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN mkdir -p \"/opt/$(uname -m)\"\n")]
    [InlineData("FROM debian:12\nRUN V=$(uname -m) && echo \"$V\"\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN export A=$(date)\n")]
    [InlineData("FROM debian:12\nRUN [[ $(id -u) == 0 ]]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2046UnquotedCommandSubstitution>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN mkdir -p /opt/[|$(uname -m)|]\n")]
    [InlineData("FROM debian:12\nRUN kill [|`cat pid`|]\n")]
    [InlineData("FROM debian:12\nRUN [ [|$(id -u)|] = 0 ]\n")]
    [InlineData("FROM debian:12\nRUN export A=[|$(date)|]\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y \\\n    [|$(cat packages.txt)|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2046UnquotedCommandSubstitution>(marked);
}
