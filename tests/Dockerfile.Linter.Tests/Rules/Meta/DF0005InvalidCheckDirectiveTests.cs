using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Meta;

public class DF0005InvalidCheckDirectiveTests
{
    [Theory]
    [InlineData("# check=skip=JSONArgsRecommended;error=true\nFROM alpine:3.20\n")]
    [InlineData("# check=skip=all;experimental=InvalidDefinitionDescription\nFROM alpine:3.20\n")]
    [InlineData("# check=error=T\nFROM alpine:3.20\n")]
    [InlineData("# check=\nFROM alpine:3.20\n")]
    [InlineData("FROM alpine:3.20\n# check=skip\nRUN true\n")]                  // not a directive after the first instruction
    [InlineData("# syntax=docker/dockerfile:1\n# check=skip=all  trailing words\nFROM alpine:3.20\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF0005InvalidCheckDirective>(dockerfile);

    [Theory]
    [InlineData("[|# check=skip|]\nFROM alpine:3.20\n")]
    [InlineData("[|# check=ignore=all|]\nFROM alpine:3.20\n")]
    [InlineData("#!/usr/bin/env docker\n[|# check=skip=all;error=yes|]\r\nFROM alpine:3.20\n")]
    [InlineData("# syntax=docker/dockerfile:1\n[|#check = error=maybe|]\nFROM alpine:3.20\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF0005InvalidCheckDirective>(marked);

    [Theory]
    [InlineData("# check=skip\n", "failed to parse check options: invalid check option \"skip\"")]
    [InlineData("# check=ignore=all\n", "failed to parse check options: invalid check option \"ignore\"")]
    [InlineData("# check=skip=all;error=yes\n", "failed to parse check options: failed to parse check option \"error=yes\": strconv.ParseBool: parsing \"yes\": invalid syntax")]
    public void Message_is_BuildKits(string directive, string message)
    {
        var finding = Assert.Single(RuleTester.Diagnostics<DF0005InvalidCheckDirective>(directive + "FROM alpine:3.20\n"));
        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void A_check_build_argument_replaces_the_directive_so_it_is_not_judged() =>
        RuleTester.Valid<DF0005InvalidCheckDirective>("# check=skip\nFROM alpine:3.20\n",
            new LintOptions { BuildArgs = new Dictionary<string, string> { ["BUILDKIT_DOCKERFILE_CHECK"] = "skip=all" } });

    [Fact]
    public void An_invalid_check_build_argument_is_refused_when_the_linter_is_created()
    {
        var options = new LintOptions { BuildArgs = new Dictionary<string, string> { ["BUILDKIT_DOCKERFILE_CHECK"] = "error=sometimes" } };
        var error = Assert.Throws<ArgumentException>(() => new DockerfileLinter(options));
        Assert.Contains("BUILDKIT_DOCKERFILE_CHECK: failed to parse check options: failed to parse check option \"error=sometimes\"", error.Message);
    }

    [Fact]
    public void An_invalid_directive_skips_nothing_as_in_BuildKit()
    {
        var result = new DockerfileLinter().Lint("# check=skip=JSONArgsRecommended;bogus\nFROM alpine:3.20\nCMD echo hi\n");
        Assert.Contains(result.Diagnostics, d => d.Code == "DF0005");
        Assert.Contains(result.Diagnostics, d => d.Code == "DL3025");
    }
}
