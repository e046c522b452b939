using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2155DeclareAndAssignSeparatelyTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN ARCH=$(dpkg --print-architecture) && export ARCH\n")]
    [InlineData("FROM debian:12\nRUN export ARCH=amd64\n")]
    [InlineData("FROM debian:12\nRUN export PATH=\"$PATH:/opt/bin\"\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2155DeclareAndAssignSeparately>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN export [|ARCH=$(dpkg --print-architecture)|] && echo \"$ARCH\"\n")]
    [InlineData("FROM debian:12\nRUN export A=1 [|GNUPGHOME=\"$(mktemp -d)\"|]\n")]
    [InlineData("FROM debian:12\nRUN readonly [|V=`cat VERSION`|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2155DeclareAndAssignSeparately>(marked);
}
