using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2013ForOverLinesTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN while IFS= read -r l; do echo \"$l\"; done < f\n")]
    [InlineData("FROM debian:12\nRUN for x in \"$(cat f)\"; do :; done\n")]
    [InlineData("FROM debian:12\nRUN for x in $(echo a b); do :; done\n")]
    [InlineData("FROM debian:12\nRUN for x in $(seq 3); do :; done\n")]
    [InlineData("FROM debian:12\nRUN for x in $(< f); do :; done\n")]
    [InlineData("FROM debian:12\nRUN for x in $(cat f) b; do :; done\n")]
    [InlineData("FROM debian:12\nRUN for x in $(cat f | xargs); do :; done\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2013ForOverLines>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN for p in [|$(cat /tmp/packages.txt)|]; do apt-get install -y \"$p\"; done\n")]
    [InlineData("FROM debian:12\nRUN for x in [|`cat f`|]; do :; done\n")]
    [InlineData("FROM debian:12\nRUN for x in [|$(cat f | sort)|]; do :; done\n")]
    [InlineData("FROM debian:12\nRUN for x in [|$(grep a f)|]; do :; done\n")]
    [InlineData("FROM debian:12\nRUN for x in a[|$(cat f)|]; do :; done\n")]
    [InlineData("FROM debian:12\nRUN cd rootfs; \\\n\tfor u in [|$(awk -F ':' '{ print $6 }' etc/passwd)|]; do \\\n\t\techo \"$u\"; \\\n\tdone\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2013ForOverLines>(marked);
}
