using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Style;

public class DF1203UnsortedPackageListTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y \\\n    ca-certificates \\\n    curl \\\n    git\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y git curl wget\n")]                                  // one line: not a list
    [InlineData("FROM debian:12\nRUN apt-get install -y \\\n    git curl \\\n    bash\n")]                  // two on a line
    [InlineData("FROM debian:12\nRUN apt-get install -y \\\n    git \\\n    curl\n")]                      // fewer than three
    [InlineData("FROM debian:12\nRUN apt-get install -y \\\n    git \\\n    $EXTRA \\\n    curl\n")]      // a variable
    [InlineData("FROM debian:12\nRUN echo \\\n    git \\\n    curl \\\n    bash\n")]                        // not an install
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps \\\n    gcc \\\n    make \\\n    musl-dev\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF1203UnsortedPackageList>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y \\\n    git \\\n    [|curl|] \\\n    wget\n")]
    [InlineData("FROM debian:12\nRUN sudo /usr/bin/apt-get install -y \\\n    git \\\n    [|curl|] \\\n    wget\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache \\\n    zlib \\\n    [|bash|] \\\n    curl\n")]
    [InlineData("FROM python:3.12\nRUN pip install --no-cache-dir \\\n    requests \\\n    [|flask|] \\\n    gunicorn\n")]
    [InlineData("FROM fedora:40\nONBUILD RUN dnf install -y \\\n    make \\\n    [|gcc|] \\\n    git\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y \\\n        curl \\\n        wget \\\n        [|git|] \\\n    && rm -rf /var/lib/apt/lists/*\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF1203UnsortedPackageList>(marked);

    [Fact]
    public void Fix_sorts_keeping_lines_and_continuations() =>
        RuleTester.Fix<DF1203UnsortedPackageList>(
            "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends \\\n        wget \\\n      curl=7.88.1-10 \\\n\tgit \\\n        ca-certificates \\\n    && rm -rf /var/lib/apt/lists/*\n",
            "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends \\\n        ca-certificates \\\n      curl=7.88.1-10 \\\n\tgit \\\n        wget \\\n    && rm -rf /var/lib/apt/lists/*\n");

    [Fact]
    public void Fix_works_with_crlf_and_quotes() =>
        RuleTester.Fix<DF1203UnsortedPackageList>(
            "FROM python:3.12\r\nRUN pip install \\\r\n    \"requests>=2\" \\\r\n    flask \\\r\n    Babel\r\n",
            "FROM python:3.12\r\nRUN pip install \\\r\n    Babel \\\r\n    flask \\\r\n    \"requests>=2\"\r\n");

    [Fact]
    public void Message_names_the_package() =>
        Assert.Equal("Package 'curl' is out of alphabetical order in this one-per-line package list",
            RuleTester.Diagnostics<DF1203UnsortedPackageList>("FROM debian:12\nRUN apt-get install -y \\\n    git \\\n    curl \\\n    wget\n").Single().Message);
}
