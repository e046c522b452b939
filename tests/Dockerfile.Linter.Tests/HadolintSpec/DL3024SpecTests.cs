namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3024, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3024SpecTests
{
    private const string Code = "DL3024";

    [Theory]
    [InlineData("FROM node as foo\nRUN something\nFROM scratch as foo\nRUN something")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM scratch as build\nRUN foo\nFROM node as run\nRUN baz")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
