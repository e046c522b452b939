using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Cache;

public class DF1002PackageIndexUpdateAloneTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get update\n")]                                                   // no later install
    [InlineData("FROM debian:12\nRUN apt-get update\nRUN apt-get update && apt-get install -y curl\n")]    // the install updates itself
    [InlineData("FROM debian:12 AS a\nRUN apt-get update\nFROM debian:12\nRUN apt-get install -y curl\n")]   // another stage
    [InlineData("FROM alpine:3.20\nRUN apk update\nRUN apk add --no-cache curl\n")]                       // --no-cache fetches a fresh index
    [InlineData("FROM debian:12\nRUN apt-get update\nRUN apk add curl\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF1002PackageIndexUpdateAlone>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|apt-get update|]\nRUN apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nRUN [|apt-get update|] && apt-get clean\nRUN echo hi\nRUN apt-get upgrade -y\n")]
    [InlineData("FROM debian:12\nRUN [|sudo apt update|]\nRUN sudo apt install -y curl\n")]
    [InlineData("FROM debian:12\nRUN set -e; \\\n    [|/usr/bin/apt-get -q update|]\nRUN apt-get install -y curl\n")]
    [InlineData("FROM alpine:3.20\nRUN [|apk update|]\nRUN apk add curl\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF1002PackageIndexUpdateAlone>(marked);

    [Fact]
    public void Message_names_the_install_line() =>
        Assert.Equal("'apt-get update' runs in a different RUN than the install on line 4; the cached index layer can go stale, so update and install in the same RUN",
            RuleTester.Diagnostics<DF1002PackageIndexUpdateAlone>("FROM debian:12\nRUN apt-get update\nENV X=1\nRUN apt-get install -y curl\n").Single().Message);
}
