using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

public class DF4010DownloadedFileRunUnverifiedTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN curl -fsSLO https://get.example.com/install.sh && echo \"abc  install.sh\" | sha256sum -c - && sh install.sh\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSLo /tmp/tool.deb https://x.example.com/tool.deb && curl -fsSLo /tmp/tool.deb.asc https://x.example.com/tool.deb.asc && gpg --verify /tmp/tool.deb.asc /tmp/tool.deb && dpkg -i /tmp/tool.deb\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSLo /tmp/x.tar.gz https://x.example.com/x.tar.gz && tar -xzf /tmp/x.tar.gz -C /opt\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://x.example.com/x.sh -o - | cat\n")]
    [InlineData("FROM debian:12\nCOPY install.sh /tmp/install.sh\nRUN sh /tmp/install.sh\n")]
    [InlineData("FROM debian:12\nRUN wget -q https://x.example.com/a.sh\nRUN sh other.sh\n")]
    [InlineData("FROM centos:7\nRUN rpm -K /tmp/x.rpm && rpm -i /tmp/x.rpm\n")]
    [InlineData("FROM centos:7\nRUN yum install -y https://dl.fedoraproject.org/pub/epel/epel-release-latest-7.noarch.rpm\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF4010DownloadedFileRunUnverified>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN {|curl -fsSLO https://get.example.com/install.sh|} && [|sh install.sh|]\n")]
    [InlineData("FROM debian:12\nRUN {|wget -q https://get.example.com/install.sh|} \\\n    && chmod +x install.sh \\\n    && [|./install.sh --prefix /usr/local|]\n")]
    [InlineData("FROM php:8.3\nRUN {|wget http://pear.php.net/go-pear.phar|} && [|php go-pear.phar|]\n")]
    [InlineData("FROM debian:12\nRUN {|wget -O /tmp/tool.deb http://x.example.com/tool.deb|} && [|dpkg -i /tmp/tool.deb|]\n")]
    [InlineData("FROM debian:12\nRUN {|curl -fsSLo /tmp/chrome.deb https://dl.example.com/chrome.deb|} && [|apt-get install -y /tmp/chrome.deb|]\n")]
    [InlineData("FROM centos:7\nRUN [|rpm -ivh http://repo.example.com/x.rpm|]\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\nset -e\n{|curl -fsSL -o /tmp/i.py https://x.example.com/i.py|}\n[|python3 /tmp/i.py|]\nEOF\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF4010DownloadedFileRunUnverified>(marked);

    [Fact]
    public void Message_names_plain_http_and_points_at_the_download()
    {
        var d = Assert.Single(RuleTester.Diagnostics<DF4010DownloadedFileRunUnverified>("FROM debian:12\nRUN wget -O /tmp/t.deb http://x.example.com/t.deb && dpkg -i /tmp/t.deb\n"));
        Assert.Contains("'t.deb', downloaded over plain HTTP without", d.Message, StringComparison.Ordinal);
        Assert.Single(d.RelatedLocations);
    }
}
