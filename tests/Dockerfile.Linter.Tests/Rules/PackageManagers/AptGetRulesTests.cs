using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.PackageManagers;

public class DL3014AptGetWithoutYesTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nARG APT_FLAGS=\"-y --no-install-recommends\"\nRUN apt-get install $APT_FLAGS curl\n")]
    [InlineData("FROM debian:12\nENV APT_YES=--yes\nRUN sudo apt-get install \"${APT_YES}\" curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get install --yes curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get -qq install curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get -q -q install curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get update\n")]
    [InlineData("FROM debian:12\nRUN if apt-get install -s \"postgresql-18-jit\" > /dev/null 2>&1; then echo yes; fi\n")]
    [InlineData("FROM debian:12\nRUN apt-get --dry-run install curl\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3014AptGetWithoutYes>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get [|install|] curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && \\\n    sudo apt-get [|install|] curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get [|install|] --download-only curl\n")]
    [InlineData("FROM debian:12\nARG APT_FLAGS=\"-q\"\nRUN apt-get [|install|] $APT_FLAGS curl\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3014AptGetWithoutYes>(marked);

    [Fact]
    public void Fix_inserts_yes() =>
        RuleTester.Fix<DL3014AptGetWithoutYes>("FROM debian:12\nRUN apt-get install curl\n", "FROM debian:12\nRUN apt-get install -y curl\n");
}

public class DL3015AptGetInstallRecommendsTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n")]
    [InlineData("FROM debian:12\nARG APT_FLAGS=\"-y --no-install-recommends\"\nRUN apt-get install ${APT_FLAGS} curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get update\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3015AptGetInstallRecommends>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get -y [|install|] curl\n")]
    [InlineData("FROM debian:12\nONBUILD RUN apt-get [|install|] -y curl\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3015AptGetInstallRecommends>(marked);

    [Fact]
    public void Fix_inserts_the_flag() =>
        RuleTester.Fix<DL3015AptGetInstallRecommends>("FROM debian:12\nRUN apt-get install -y curl\n",
            "FROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n");
}

public class DL3027AptCommandTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update\n")]
    [InlineData("FROM debian:12\nRUN echo apt\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3027AptCommand>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|apt|] update && [|apt|] install -y curl\n")]
    [InlineData("FROM debian:12\nRUN [|apt|] list --installed\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3027AptCommand>(marked);

    [Fact]
    public void Fix_switches_to_apt_get() =>
        RuleTester.Fix<DL3027AptCommand>("FROM debian:12\nRUN apt update\n", "FROM debian:12\nRUN apt-get update\n");
}

