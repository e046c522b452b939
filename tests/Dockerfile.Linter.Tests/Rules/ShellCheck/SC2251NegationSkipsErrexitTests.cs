using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2251NegationSkipsErrexitTests
{
    [Theory]
    // No errexit: the status of '!' is simply ignored, as every other one.
    [InlineData("FROM debian:12\nRUN ! grep -q x /f; echo done\n")]
    // What the script returns is tested by the build.
    [InlineData("FROM debian:12\nRUN set -e; echo a; ! grep -q x /f\n")]
    [InlineData("FROM debian:12\nRUN set -e; if ! grep -q x /f; then echo y; fi; echo z\n")]
    [InlineData("FROM debian:12\nRUN set -e; while ! test -f /f; do sleep 1; done; echo z\n")]
    [InlineData("FROM debian:12\nRUN set -e; ! grep -q x /f && echo y; echo z\n")]
    [InlineData("FROM debian:12\nRUN set -e; echo y && ! grep -q x /f; echo z\n")]
    [InlineData("FROM debian:12\nRUN set -e; { ! grep -q x /f; echo y; } || exit 1; echo z\n")]
    [InlineData("FROM debian:12\nRUN set -e; f() { ! grep -q x /f; }; f; echo z\n")]
    [InlineData("FROM debian:12\nRUN set -e; ( echo a; ! grep -q x /f ); echo z\n")]
    [InlineData("FROM debian:12\nRUN set -e; case $1 in a) ! grep -q x /f;; esac; echo z\n")]
    [InlineData("FROM debian:12\nRUN set -e; v=$(! grep -q x /f; echo y); echo z\n")]
    [InlineData("FROM debian:12\nRUN set -e; ! sleep 1 & echo z\n")]
    // Exec form is no shell script; PowerShell stages are not checked.
    [InlineData("FROM debian:12\nRUN [\"sh\", \"-c\", \"set -e; ! grep -q x /f; echo z\"]\n")]
    [InlineData("FROM debian:12\nSHELL [\"pwsh\", \"-c\"]\nRUN set -e; ! grep -q x /f; echo z\n")]
    // An inline script is a script of its own: the outer set -e does not reach it.
    [InlineData("FROM debian:12\nRUN set -e; sh -c '! grep -q x /f; echo z'\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2251NegationSkipsErrexit>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN set -eux; \\\n    [|!|] grep -q x /f; \\\n    echo done\n")]
    [InlineData("FROM debian:12\nRUN set -o errexit; [|!|] grep -q x /f; echo done\n")]
    [InlineData("FROM debian:12\nRUN set -e; [|!|] { ldd /bin/x | grep 'not found'; }; echo done\n")]
    [InlineData("FROM debian:12\nRUN set -e; if true; then [|!|] grep -q x /f; fi\n")]
    [InlineData("FROM debian:12\nRUN set -e; for f in a b; do [|!|] grep -q x \"$f\"; done\n")]
    [InlineData("FROM debian:12\nRUN set -e; { [|!|] grep -q x /f; }\n")]
    [InlineData("FROM debian:12\nRUN set -e; echo a && { [|!|] grep -q x /f; echo y; }\n")]
    [InlineData("FROM debian:12\nRUN set -e; if [|!|] a; b; then :; fi\n")]
    // errexit from the stage's SHELL or the inline script's shell.
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN [|!|] grep -q x /f; echo done\n")]
    [InlineData("FROM debian:12\nRUN sh -ec '[|!|] grep -q x /f; echo z'\n")]
    [InlineData("FROM debian:12\nRUN sh -c 'set -e; [|!|] grep -q x /f; echo z'\n")]
    // Heredoc scripts.
    [InlineData("FROM debian:12\nRUN <<EOF\nset -e\n[|!|] grep -q x /f\necho done\nEOF\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2251NegationSkipsErrexit>(marked);

    [Fact]
    public void A_shellcheck_directive_in_a_heredoc_turns_it_off() =>
        RuleTester.Valid<SC2251NegationSkipsErrexit>("FROM debian:12\nRUN <<EOF\nset -e\n# shellcheck disable=SC2251\n! grep -q x /f\necho done\nEOF\n");

    [Fact]
    public void The_fix_writes_and_exit_1()
    {
        RuleTester.Fix<SC2251NegationSkipsErrexit>(
            "FROM debian:12\nRUN set -e; ! grep -q x /f; echo done\n",
            "FROM debian:12\nRUN set -e; grep -q x /f && exit 1; echo done\n");
        var d = Assert.Single(RuleTester.Diagnostics<SC2251NegationSkipsErrexit>("FROM debian:12\nRUN set -e; ! grep -q x /f; echo done\n"));
        Assert.Equal(FixSafety.Unsafe, d.Fix!.Safety);
        Assert.Contains("'grep -q x /f'", d.Message);
    }
}
