using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

public class DF4011PackageRepositoryOverHttpTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN echo \"deb https://nginx.org/packages/debian bookworm nginx\" > /etc/apt/sources.list.d/nginx.list\n")]
    [InlineData("FROM debian:12\nRUN echo \"deb [signed-by=/usr/share/keyrings/x.gpg] https://repo.example.com stable main\" > /etc/apt/sources.list.d/x.list\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSL http://example.com/tool.tgz -o /tmp/tool.tgz\n")]
    [InlineData("FROM debian:12\nRUN echo \"see http://example.com for docs\"\n")]
    [InlineData("FROM debian:12\nRUN echo \"deb http://localhost:8080/debian bookworm main\" > /etc/apt/sources.list.d/local.list\n")]
    [InlineData("FROM alpine:3.20\nRUN echo \"https://dl-cdn.alpinelinux.org/alpine/edge/testing\" >> /etc/apk/repositories\n")]
    [InlineData("FROM alpine:3.20\nRUN echo \"http://dl-cdn.alpinelinux.org/alpine/edge/testing\" > /tmp/notes.txt\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing hub\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper --non-interactive in http://download.example.com/tool.rpm\n")]
    [InlineData("FROM centos:7\nRUN yum-config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo\n")]
    [InlineData("FROM centos:7\nRUN yum-config-manager --save --setopt=proxy=http://proxy.example.com:3128 >/dev/null\n")]
    [InlineData("FROM debian:12\nRUN sed -i 's|http://deb.debian.org|https://deb.debian.org|g' /etc/apt/sources.list.d/debian.sources\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF4011PackageRepositoryOverHttp>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN echo \"deb [|http://nginx.org/packages/debian|] bookworm nginx\" > /etc/apt/sources.list.d/nginx.list\n")]
    [InlineData("FROM debian:12\nRUN echo \"deb-src [|http://nginx.org/packages/debian|] bookworm nginx\" >> /etc/apt/sources.list\n")]
    [InlineData("FROM debian:12\nRUN echo \"deb [ signed-by=/usr/share/keyrings/ros.gpg ] [|http://snapshots.ros.org/melodic/final/ubuntu|] bionic main\" | tee /etc/apt/sources.list.d/ros.list\n")]
    [InlineData("FROM debian:12\nRUN echo 'deb [|http://archive.debian.org/debian|] stretch main' > /etc/apt/sources.list \\\n && echo 'deb [|http://archive.debian.org/debian-security|] stretch/updates main' >> /etc/apt/sources.list\n")]
    [InlineData("FROM debian:12\nRUN printf 'deb [|http://a.example.com/debian|] stable main\\ndeb [|http://b.example.com/debian|] stable main\\n' > /etc/apt/sources.list\n")]
    [InlineData("FROM ubuntu:22.04\nRUN add-apt-repository 'deb [|http://archive.canonical.com/ubuntu|] jammy partner'\n")]
    [InlineData("FROM centos:7\nRUN yum-config-manager --add-repo [|http://download.example.com/centos/x.repo|]\n")]
    [InlineData("FROM fedora:40\nRUN dnf config-manager --add-repo=[|http://download.example.com/fedora/x.repo|]\n")]
    [InlineData("FROM fedora:41\nRUN dnf5 config-manager addrepo --from-repofile=[|http://download.example.com/fedora/x.repo|]\n")]
    [InlineData("FROM centos:7\nRUN echo -e \"[x]\\nname=x\\nbaseurl=[|http://cbs.centos.org/repos/x/os/|]\\ngpgcheck=1\" > /etc/yum.repos.d/x.repo\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper ar -f [|http://download.opensuse.org/repositories/devel:/tools/15.6/|] tools\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache --repository [|http://dl-cdn.alpinelinux.org/alpine/edge/testing/|] hub\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add -X [|http://dl-cdn.alpinelinux.org/alpine/edge/community|] hub\n")]
    [InlineData("FROM alpine:3.20\nRUN echo \"[|http://dl-cdn.alpinelinux.org/alpine/edge/testing|]\" >> /etc/apk/repositories\n")]
    [InlineData("FROM alpine:3.20\nRUN echo \"@edge [|http://dl-cdn.alpinelinux.org/alpine/edge/main|]\" | tee -a /etc/apk/repositories\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\ncat > /etc/apt/sources.list.d/x.sources <<SRC\nTypes: deb\nURIs: [|http://repo.example.com/debian|]\nSuites: stable\nSRC\nEOF\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF4011PackageRepositoryOverHttp>(marked);

    [Fact]
    public void Message_quotes_the_url()
    {
        var d = Assert.Single(RuleTester.Diagnostics<DF4011PackageRepositoryOverHttp>(
            "FROM debian:12\nRUN echo \"deb http://nginx.org/packages/debian bookworm nginx\" > /etc/apt/sources.list.d/nginx.list\n"));
        Assert.Equal("The package repository 'http://nginx.org/packages/debian' is fetched over plain HTTP; use its https:// URL", d.Message);
    }

    [Fact]
    public void Off_in_the_recommended_preset()
    {
        var result = new DockerfileLinter().Lint("FROM debian:12\nRUN echo \"deb http://nginx.org/packages/debian bookworm nginx\" > /etc/apt/sources.list.d/nginx.list\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "DF4011");
    }
}
