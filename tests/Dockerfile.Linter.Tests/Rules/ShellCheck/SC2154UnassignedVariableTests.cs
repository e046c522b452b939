using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2154UnassignedVariableTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN version=1 && echo \"$version\"\n")]
    [InlineData("FROM debian:12\nRUN echo \"$HOME $PATH $MY_VAR\"\n")]
    [InlineData("FROM debian:12\nARG version\nRUN echo \"$version\"\n")]
    [InlineData("FROM debian:12\nARG a=1 \\\n    b=2\nRUN echo \"$a $b\"\n")]
    [InlineData("FROM debian:12\nENV app_home=/app\nRUN echo \"$app_home\"\n")]
    [InlineData("FROM debian:12 AS base\nENV app_home=/app\nFROM base\nRUN echo \"$app_home\"\n")]
    [InlineData("FROM debian:12\nRUN for f in a b; do echo \"$f\"; done\n")]
    [InlineData("FROM debian:12\nRUN read -r line < f && echo \"$line\"\n")]
    [InlineData("FROM debian:12\nRUN echo \"${name:-default} ${other:?set it}\"\n")]
    [InlineData("FROM debian:12\nRUN echo \"$x\"; export x\n")]
    [InlineData("FROM debian:12\nRUN echo '$x'\n")]
    [InlineData("FROM debian:12\nRUN . ./APKBUILD && echo \"$makedepends\"\n")]
    [InlineData("FROM iis\nRUN powershell.exe -Command \"$cert = New-SelfSignedCertificate\"\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2154UnassignedVariable>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN curl -fsSLO \"https://example.com/tool-[|$version|].tgz\"\n")]
    [InlineData("FROM debian:12\nRUN echo [|${verison}|] $verison\n")]
    [InlineData("FROM debian:12\nARG version\nFROM debian:12\nRUN echo \"[|$version|]\"\n")]
    [InlineData("FROM debian:12\nRUN echo \"[|$apkArch|]\" && . ./env.sh && echo \"$other\"\n")]
    [InlineData("FROM debian:12\nRUN echo a && \\\n    echo \"[|${#list}|]\"\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2154UnassignedVariable>(marked);
}
