using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Cache;

public class DF1007LatestReleaseDownloadTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN curl -fsSLO https://github.com/mikefarah/yq/releases/download/v4.44.3/yq_linux_amd64\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://latest.example.com/tool.tar.gz | tar -xz\n")]
    [InlineData("FROM debian:12\nRUN echo latest\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSLO https://example.com/downloads/latestnews.html\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF1007LatestReleaseDownload>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN curl -fsSLo /usr/local/bin/yq [|https://github.com/mikefarah/yq/releases/latest/download/yq_linux_amd64|]\n")]
    [InlineData("FROM debian:12\nRUN VERSION=$(curl -s [|https://api.github.com/repos/o/r/releases/latest|] | jq -r .tag_name) && echo $VERSION\n")]
    [InlineData("FROM debian:12\nRUN curl -LO \"https://dl.k8s.io/release/$(curl -L -s [|https://dl.k8s.io/release/stable.txt|])/bin/linux/amd64/kubectl\"\n")]
    [InlineData("FROM php:8.3-apache\nRUN curl -fsSLo /tmp/wp.tar.gz [|https://wordpress.org/latest.tar.gz|]\n")]
    [InlineData("FROM centos:7\nRUN yum install -y [|https://dl.fedoraproject.org/pub/epel/epel-release-latest-7.noarch.rpm|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF1007LatestReleaseDownload>(marked);
}
