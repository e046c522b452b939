namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3023, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3023SpecTests
{
    private const string Code = "DL3023";

    [Theory]
    [InlineData("FROM node as foo\nCOPY --from=foo bar .")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM scratch as build\nRUN foo\nFROM node as run\nCOPY --from=build foo .\nRUN baz")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
