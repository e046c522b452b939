using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC3009BraceExpansionTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN find . -name '*.pyc' -exec rm {} +\n")]
    [InlineData("FROM debian:12\nRUN ls | xargs -I{} cp {} /x\n")]
    [InlineData("FROM debian:12\nRUN echo \"{a,b}\" '{1..3}' a\\{b,c\\}\n")]
    [InlineData("FROM debian:12\nRUN echo ${A} {x} ${B:-a,b}\n")]
    [InlineData("FROM debian:12\nRUN { echo a; echo b; } > /f\n")]
    [InlineData("FROM debian:12\nRUN X={a,b} && echo \"$X\"\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN cp /etc/{a,b} /srv/\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n#!/bin/bash\nmkdir -p /opt/{bin,lib}\nEOF\n")]
    [InlineData("FROM debian:12\nRUN bash -c 'mkdir -p /opt/{bin,lib}'\n")]
    [InlineData("FROM debian:12\nRUN [\"mkdir\", \"-p\", \"/opt/{bin,lib}\"]\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN New-Item -Path c:/{a,b}\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC3009BraceExpansion>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN cp /etc/kubernetes/[|{config,apiserver}|] /exports/\n")]
    [InlineData("FROM debian:12\nRUN yum install -y owncloud[|{,-httpd,-sqlite}|]; yum clean all\n")]
    [InlineData("FROM debian:12\nRUN echo a[|{1..3}|] [|{a,{b,c}}|] [|{$A,\"b c\"}|]\n")]
    [InlineData("FROM debian:12\nRUN mkdir -p /a && \\\n    chmod +x /etc/init.d/[|{named,sshd}|]\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN sh -c 'mkdir /opt/[|{a,b}|]'\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC3009BraceExpansion>(marked);
}
