using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC3014DoubleEqualsInTestTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN [ \"$A\" = \"0\" ] || false\n")]
    [InlineData("FROM debian:12\nRUN [ a != b ] && echo '=='\n")]
    [InlineData("FROM debian:12\nRUN echo == && [ \"a==b\" ]\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN [ \"$A\" == 0 ] || false\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n#!/bin/bash\n[ \"$A\" == 0 ] || false\nEOF\n")]
    [InlineData("FROM debian:12\nRUN bash -c '[ \"$A\" == 0 ] || false'\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN if ($a -eq 1) { [ a == b ] }\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC3014DoubleEqualsInTest>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [ \"${FAIL}\" [|==|] \"0\" ] || false\n")]
    [InlineData("FROM debian:12\nRUN if [ $(uname -m) [|==|] x86_64 ]; then echo x; fi\n")]
    [InlineData("FROM debian:12\nRUN test \"$A\" [|==|] b && [ a [|\"==\"|] b -o c [|==|] d ]\n")]
    [InlineData("FROM debian:12\nRUN set -e && \\\n    if [ $A [|==|] \"true\" ]; then \\\n      echo y; \\\n    fi\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC3014DoubleEqualsInTest>(marked);

    [Fact]
    public void The_fix_writes_a_single_equals_sign() =>
        RuleTester.Fix<SC3014DoubleEqualsInTest>("FROM debian:12\nRUN [ \"$A\" == 0 ] || false\n", "FROM debian:12\nRUN [ \"$A\" = 0 ] || false\n");

    [Fact]
    public void No_fix_for_a_quoted_operator() =>
        Assert.Null(Assert.Single(RuleTester.Diagnostics<SC3014DoubleEqualsInTest>("FROM debian:12\nRUN [ a \"==\" b ]\n")).Fix);
}
