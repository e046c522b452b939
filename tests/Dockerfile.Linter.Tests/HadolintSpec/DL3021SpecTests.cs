namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3021, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3021SpecTests
{
    private const string Code = "DL3021";

    [Theory]
    [InlineData("COPY foo bar baz")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("COPY foo bar")]
    [InlineData("COPY foo bar baz/")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
