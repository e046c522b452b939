using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2164UncheckedCdTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN cd /src && npm install\n")]
    [InlineData("FROM debian:12\nRUN cd /src || exit; npm install\n")]
    [InlineData("FROM debian:12\nRUN set -e; cd /src; npm install\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-e\", \"-c\"]\nRUN cd /src; npm install\n")]
    [InlineData("FROM debian:12\nRUN if cd /src; then make; fi\n")]
    [InlineData("FROM debian:12\nRUN cd ..; make\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN pushd -n /x; make\n")]
    [InlineData("FROM debian:12\nRUN { cd /src; make; } && echo ok\n")]
    [InlineData("FROM debian:12\nRUN [\"sh\", \"-c\", \"cd /src; make\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2164UncheckedCd>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|cd /src|]; npm install\n")]
    [InlineData("FROM debian:12\nRUN [|cd /src|]\n")]
    [InlineData("FROM debian:12\nRUN cd /tmp && \\\n  [|cd -|]\n")]
    [InlineData("FROM debian:12\nRUN ([|cd /x|]; make)\n")]
    [InlineData("FROM debian:12\nRUN x=$([|cd /x|]; pwd)\n")]
    [InlineData("FROM debian:12\nRUN [|cd /x 2>/dev/null|]; make\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN [|pushd /x|]; make\n")]
    [InlineData("FROM debian:12\nRUN set -e; sh -c '[|cd /x|]; make'\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2164UncheckedCd>(marked);

    [Fact]
    public void The_fix_appends_or_exit()
    {
        RuleTester.Fix<SC2164UncheckedCd>("FROM debian:12\nRUN cd /src; make\n", "FROM debian:12\nRUN cd /src || exit; make\n");
        Assert.Equal(FixSafety.Unsafe, Assert.Single(RuleTester.Diagnostics<SC2164UncheckedCd>("FROM debian:12\nRUN cd /src; make\n")).Fix!.Safety);
    }
}
