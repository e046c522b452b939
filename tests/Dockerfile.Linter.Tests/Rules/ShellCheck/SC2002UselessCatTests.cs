using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2002UselessCatTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN grep VERSION_ID /etc/os-release\n")]
    [InlineData("FROM debian:12\nRUN cat f g | grep x\n")]
    [InlineData("FROM debian:12\nRUN cat -n f | grep x\n")]
    [InlineData("FROM debian:12\nRUN cat f\n")]
    [InlineData("FROM debian:12\nRUN x | cat f | y\n")]
    [InlineData("FROM debian:12\nRUN cat < f | grep x\n")]
    [InlineData("FROM debian:12\nRUN (a; cat f) | x\n")]
    [InlineData("FROM debian:12\nRUN v=1 && echo \"$(cat a-$v.sha512| tr A-F a-f)  x\" | sha512sum -c -\n")]
    [InlineData("FROM debian:12\nRUN [\"sh\", \"-c\", \"cat f | grep x\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2002UselessCat>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN cat [|/etc/os-release|] | grep VERSION_ID\n")]
    [InlineData("FROM debian:12\nRUN cat [|\"$f\"|] | grep x\n")]
    [InlineData("FROM debian:12\nRUN x | ( cat [|f|] | y )\n")]
    [InlineData("FROM debian:12\nRUN x=\"$(cat [|f|] | tr a b)\"\n")]
    [InlineData("FROM debian:12\nRUN if ! cat [|/etc/group|] | grep -e '^pub:' > /dev/null 2>&1; then groupadd -r pub; fi\n")]
    [InlineData("FROM debian:12\nRUN cd /src \\\n    && cat [|requirements.txt|] | grep -v numpy > r.txt\n")]
    [InlineData("FROM debian:12\nRUN --security=insecure cat [|/proc/self/status|] | grep CapEff\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2002UselessCat>(marked);
}
