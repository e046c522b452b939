using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2015AndOrIsNotIfElseTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN [ -f /x ] && cp /x /out || echo 'no x'\n")]
    [InlineData("FROM debian:12\nRUN [ -f /x ] && cp /x /out || printf 'no x\\n'\n")]
    [InlineData("FROM debian:12\nRUN [ -f /x ] && cp /x /out || exit 1\n")]
    [InlineData("FROM debian:12\nRUN [ -f /x ] && cp /x /out || FOUND=no\n")]
    [InlineData("FROM debian:12\nRUN a || b\n")]
    [InlineData("FROM debian:12\nRUN a && b && c\n")]
    // Only the last operator of a chain can close an A && B || C.
    [InlineData("FROM debian:12\nRUN a && b || c || d\n")]
    // A condition: its status is tested.
    [InlineData("FROM debian:12\nRUN if a && b || c; then :; fi\n")]
    [InlineData("FROM debian:12\nRUN while a && b || c; do :; done\n")]
    [InlineData("FROM debian:12\nRUN { a && b || c; } && d\n")]
    [InlineData("FROM debian:12\nRUN [\"sh\", \"-c\", \"a && b || c\"]\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"cmd\", \"/S\", \"/C\"]\nRUN a && b || c\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2015AndOrIsNotIfElse>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [ -e /etc/yum.conf ] [|&& sed -i '/nodocs/d' /etc/yum.conf || true|]\n")]
    [InlineData("FROM debian:12\nRUN a || b [|&& c || d|]\n")]
    [InlineData("FROM debian:12\nRUN a && b [|&& c || d|]\n")]
    [InlineData("FROM debian:12\nRUN a [|&& b || { echo x; exit 1; }|]\n")]
    [InlineData("FROM debian:12\nRUN a [|&& b || c | d|]\n")]
    [InlineData("FROM debian:12\nRUN ./configure \\\n    [|&& make install \\\n    || true|]\n")]
    [InlineData("FROM debian:12\nRUN if true; then a [|&& b || c|]; fi\n")]
    [InlineData("FROM debian:12\nRUN { a [|&& b || c|]; } | d\n")]
    [InlineData("FROM debian:12\nRUN v=$(a [|&& b || c|])\n")]
    [InlineData("FROM debian:12\nRUN sh -c 'a [|&& b || c|]'\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\nset -e\na [|&& b || c|]\nEOF\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2015AndOrIsNotIfElse>(marked);

    [Fact]
    public void The_message_names_B_and_C()
    {
        var d = Assert.Single(RuleTester.Diagnostics<SC2015AndOrIsNotIfElse>("FROM debian:12\nRUN [ -f /x ] && cp /x /out || true\n"));
        Assert.Contains("'true' also runs when 'cp /x /out' fails", d.Message);
    }
}
