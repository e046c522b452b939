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
    [InlineData("FROM debian:12\nRUN apt-get install -y curl=1 $(command -v gpg > /dev/null || echo 'gnupg dirmngr')\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3008AptGetUnpinnedPackage>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y [|curl|] git=1\n")]
    [InlineData("FROM debian:12\nRUN sudo /usr/bin/apt-get install -y [|curl|]\n")]
    [InlineData("FROM debian:12\nRUN env DEBIAN_FRONTEND=noninteractive apt-get install -y [|curl|]\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y \\\n    [|curl|] \\\n    {|git|}\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y [|curl|] {|wget|} && apt-get install -y {|git|} vim=2\nRUN apt-get install -y [|jq|]\n")]
    [InlineData("FROM debian:12\nENV PKGS=\"curl git\"\nRUN apt-get install -y [|tini|] jq=1 {|$PKGS|}\n")]
    [InlineData("FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confold install -y [|tini|]\n")]
    [InlineData("FROM debian:12\nENV PKGS=curl\nRUN apt-get install -y [|$PKGS|]\n")]
    [InlineData("FROM debian:12\nONBUILD RUN apt-get install -y [|curl|]\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y [|curl|]\nEOF\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3008AptGetUnpinnedPackage>(marked);

    [Fact]
    public void One_finding_per_RUN_names_every_unpinned_package_and_relates_the_others()
    {
        var d = Assert.Single(RuleTester.Diagnostics<DL3008AptGetUnpinnedPackage>(
            "FROM debian:12\nRUN apt-get install -y \\\n    curl \\\n    git=1 \\\n    wget \\\n    vim\n"));
        Assert.Equal("Packages 'curl', 'wget' and 'vim' are installed without a pinned version; use 'package=<version>'", d.Message);
        Assert.Equal(3, d.Location.Start.Line);
        Assert.Equal(["5:5: 'wget' is not pinned", "6:5: 'vim' is not pinned"], d.RelatedLocations.Select(r => r.ToString()));
    }

    [Fact]
    public void A_single_package_reads_as_one_and_has_no_related_locations()
    {
        var d = Assert.Single(RuleTester.Diagnostics<DL3008AptGetUnpinnedPackage>("FROM debian:12\nRUN apt-get install -y curl\n"));
        Assert.Equal("Package 'curl' is installed without a pinned version; use 'package=<version>'", d.Message);
        Assert.Empty(d.RelatedLocations);
    }

    [Fact]
    public void A_variable_holding_several_packages_is_one_related_location()
    {
        var d = Assert.Single(RuleTester.Diagnostics<DL3008AptGetUnpinnedPackage>(
            "FROM debian:12\nARG PKGS=\"curl git\"\nRUN apt-get install -y tini $PKGS\n"));
        Assert.Equal("Packages 'tini', 'curl' and 'git' are installed without a pinned version; use 'package=<version>'", d.Message);
        Assert.Equal("3:29: 'curl' and 'git' are not pinned", Assert.Single(d.RelatedLocations).ToString());
    }
}
