namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3060, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3060SpecTests
{
    private const string Code = "DL3060";

    [Theory]
    [InlineData("RUN yarn install foo", true)]
    [InlineData("FROM node:lts-alpine as foo\nRUN hey!\nFROM scratch\nRUN yarn install\n", true)]
    [InlineData("FROM node:lts-alpine as foo\nRUN yarn install\nFROM foo\nRUN hey!\n", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN foo", true)]
    [InlineData("RUN yarn install bar && yarn cache clean", true)]
    [InlineData("FROM node:lts-alpine as foo\nRUN yarn install && yarn cache clean\nFROM foo\nRUN hey!\n", true)]
    [InlineData("FROM node:lts-alpine as foo\nRUN yarn install foo\nFROM scratch\nRUN hey!\n")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);

    // An ONBUILD trigger runs in whichever image is built FROM this one: hadolint reports it even in a stage the final image does not use.
    [Theory]
    [InlineData("FROM node:lts-alpine as foo\nRUN yarn install foo\nFROM scratch\nRUN hey!\n")]
    public void ReportedInOnbuild(string dockerfile) => HadolintSpecRunner.ReportedInOnbuild(Code, dockerfile);
}
