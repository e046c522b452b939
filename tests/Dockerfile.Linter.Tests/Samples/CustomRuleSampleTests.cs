using CustomRuleSample;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.Rules;

namespace Dockerfile.Linter.Tests.Samples;

public class CustomRuleSampleTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nLABEL org.example.owner=payments\n")]
    [InlineData("FROM alpine:3.20 AS base\nLABEL \"org.example.owner\"=payments\nFROM base\nRUN true\n")]
    [InlineData("FROM alpine:3.20 AS build\nFROM alpine:3.20\nLABEL org.example.owner=a\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<RequireOwnerLabel>(dockerfile);

    [Theory]
    [InlineData("[|FROM|] alpine:3.20\n")]
    [InlineData("FROM alpine:3.20 AS build\nLABEL org.example.owner=a\n[|FROM|] alpine:3.20\n")]
    public void Invalid(string marked) => RuleTester.Invalid<RequireOwnerLabel>(marked);

    [Fact]
    public void Runs_next_to_the_built_in_rules_and_honours_suppressions()
    {
        var linter = new DockerfileLinter(new LintOptions(), RuleRegistry.All.Append(new RequireOwnerLabel()));
        Assert.Contains(linter.Lint("FROM alpine:3.20\n").Diagnostics, d => d.Code == "EX0001");
        Assert.DoesNotContain(linter.Lint("# dockerfile-lint ignore=EX0001\nFROM alpine:3.20\n").Diagnostics, d => d.Code == "EX0001");
        var ignoring = new DockerfileLinter(new LintOptions { Ignore = { "missing-owner-label" } }, RuleRegistry.All.Append(new RequireOwnerLabel()));
        Assert.DoesNotContain(ignoring.Lint("FROM alpine:3.20\n").Diagnostics, d => d.Code == "EX0001");
    }
}
