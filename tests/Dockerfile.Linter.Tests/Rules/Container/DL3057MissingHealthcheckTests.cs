using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Container;

public class DL3057MissingHealthcheckTests
{
    [Theory]
    [InlineData("FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n")]
    [InlineData("FROM nginx:1.27\nHEALTHCHECK NONE\n")]
    [InlineData("FROM nginx:1.27 AS base\nHEALTHCHECK CMD true\nFROM base\nRUN true\n")]        // inherited
    [InlineData("FROM golang:1.23 AS build\nRUN go build\nFROM nginx:1.27\nCOPY --from=build /a /a\nHEALTHCHECK CMD true\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3057MissingHealthcheck>(dockerfile);

    [Theory]
    [InlineData("FROM [|nginx:1.27|]\nRUN true\n")]
    [InlineData("FROM golang:1.23 AS build\nHEALTHCHECK CMD true\nFROM [|nginx:1.27|]\nCOPY --from=build /a /a\n")]
    [InlineData("FROM [|nginx:1.27|] AS a\nFROM [|nginx:1.27|] AS b\n")]                          // two possible targets
    [InlineData("FROM [|nginx:1.27|]\nONBUILD HEALTHCHECK CMD true\n")]                          // a trigger is not this image's
    public void Invalid(string marked) => RuleTester.Invalid<DL3057MissingHealthcheck>(marked);

    [Fact]
    public void Off_by_default() =>
        Assert.DoesNotContain(new DockerfileLinter().Lint("FROM nginx:1.27\n").Diagnostics, d => d.Code == "DL3057");
}
