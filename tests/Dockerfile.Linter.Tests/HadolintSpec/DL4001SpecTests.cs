namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL4001, in our words (see HADOLINT-SPEC.md).</summary>
public class DL4001SpecTests
{
    private const string Code = "DL4001";

    [Theory]
    [InlineData("FROM node as foo\nRUN wget my.xyz\nRUN curl localhost\n")]
    [InlineData("FROM node as foo\nRUN wget my.xyz && curl localhost\n")]
    [InlineData("FROM node as foo\nRUN wget my.xyz\nRUN curl localhost\nFROM scratch\nRUN curl localhost\n")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM node as foo\nRUN wget my.xyz\n")]
    [InlineData("FROM node as foo\nRUN wget my.xyz\nFROM scratch\nRUN curl localhost\n")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\n", 1)]
    [InlineData("FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com\n", 2)]
    public void ReportedTimes(string dockerfile, int times) => HadolintSpecRunner.ReportedTimes(Code, dockerfile, times);
}
