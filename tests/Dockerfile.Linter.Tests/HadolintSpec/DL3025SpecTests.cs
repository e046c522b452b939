namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3025, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3025SpecTests
{
    private const string Code = "DL3025";

    [Theory]
    [InlineData("FROM node as foo\nENTRYPOINT something")]
    [InlineData("FROM node as foo\nCMD something")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM scratch as build\nENTRYPOINT [\"foo\", \"bar\"]")]
    [InlineData("FROM scratch as build\nCMD [\"foo\", \"bar\"]\nCMD [ \"foo\", \"bar\" ]")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
