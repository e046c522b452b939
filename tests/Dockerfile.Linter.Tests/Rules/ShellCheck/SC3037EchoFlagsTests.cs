using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC3037EchoFlagsTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN echo \"a b\"\n")]
    [InlineData("FROM debian:12\nRUN echo x -e\n")]
    [InlineData("FROM debian:12\nRUN echo -x y\n")]
    [InlineData("FROM debian:12\nRUN echo -- -n\n")]
    [InlineData("FROM debian:12\nRUN echo $FLAGS x\n")]
    [InlineData("FROM debian:12\nRUN sudo echo -e x\n")]
    [InlineData("FROM debian:12\nRUN printf 'a\\n'\n")]
    // Shells where echo takes options: SHELL, a bash shebang heredoc, bash -c, bash <<EOF.
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN echo -e \"a\\nb\"\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN echo -n x | wc -c\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n#!/bin/bash\necho -e \"a\\nb\"\nEOF\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n#!/usr/bin/env bash\necho -n x\nEOF\n")]
    [InlineData("FROM debian:12\nRUN bash -c 'echo -e \"a\\nb\" > /f'\n")]
    [InlineData("FROM debian:12\nRUN bash <<EOF\necho -e x\nEOF\n")]
    // Not shell-checked at all: exec form, PowerShell and cmd stages, a Windows image.
    [InlineData("FROM debian:12\nRUN [\"echo\", \"-e\", \"x\"]\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN echo -n x\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo -n x\n")]
    [InlineData("FROM debian:12\nSHELL [\"cmd\", \"/S\", \"/C\"]\nRUN echo -e x\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC3037EchoFlags>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN echo [|-e|] \"a\\nb\" > /etc/f\n")]
    [InlineData("FROM debian:12\nRUN echo [|-n|] x; echo [|-ne|] y; echo [|\"-E\"|] z\n")]
    [InlineData("FROM debian:12\nRUN /bin/echo [|-s|] x\n")]
    [InlineData("FROM debian:12\nRUN apk add git && \\\n    echo [|-e|] \"Port 22\\n\" >> /etc/ssh/sshd_config\n")]
    [InlineData("FROM debian:12\nRUN X=\"$(echo [|-n|] abc)\" && test -n \"$X\"\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/sh\", \"-c\"]\nRUN echo [|-e|] x\n")]
    // POSIX sh places inside a bash stage: a sh -c script, a #!/bin/sh heredoc.
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN sh -c 'echo [|-e|] x'\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN <<EOF\n#!/bin/sh\necho [|-e|] x\nEOF\n")]
    // A heredoc script without a shebang runs in the stage's /bin/sh.
    [InlineData("FROM debian:12\nRUN <<EOF\nset -e\necho [|-e|] x\nEOF\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC3037EchoFlags>(marked);

    [Fact]
    public void The_message_names_the_options()
    {
        var d = Assert.Single(RuleTester.Diagnostics<SC3037EchoFlags>("FROM debian:12\nRUN echo -ne x\n"));
        Assert.Contains("'echo -ne'", d.Message);
    }
}
