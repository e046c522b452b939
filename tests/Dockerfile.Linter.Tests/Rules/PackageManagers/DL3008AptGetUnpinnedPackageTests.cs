using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.PackageManagers;

public class DL3008AptGetUnpinnedPackageTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl=7.88\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y ./pkg.deb curl/bookworm\n")]
    [InlineData("FROM debian:12\nRUN apt-get update\n")]
    [InlineData("FROM debian:12\nARG PKGS\nRUN apt-get install -y $PKGS\n")]
    [InlineData("FROM debian:12\nENV PKGS=\"curl=1 git=2\"\nRUN apt-get install -y $PKGS\n")]
    [InlineData("FROM debian:12\nRUN apt install -y curl\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3008AptGetUnpinnedPackage>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y [|curl|] git=1\n")]
    [InlineData("FROM debian:12\nRUN sudo /usr/bin/apt-get install -y [|curl|]\n")]
    [InlineData("FROM debian:12\nRUN env DEBIAN_FRONTEND=noninteractive apt-get install -y [|curl|]\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y \\\n    [|curl|] \\\n    [|git|]\n")]
    [InlineData("FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confold install -y [|tini|]\n")]
    [InlineData("FROM debian:12\nENV PKGS=curl\nRUN apt-get install -y [|$PKGS|]\n")]
    [InlineData("FROM debian:12\nONBUILD RUN apt-get install -y [|curl|]\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y [|curl|]\nEOF\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3008AptGetUnpinnedPackage>(marked);
}
