namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3044, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3044SpecTests
{
    private const string Code = "DL3044";

    [Theory]
    [InlineData("ENV BLA=\"blubb\" BLUBB=\"$BLA/$BLAFOO/blubb\"")]
    [InlineData("ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}")]
    [InlineData("ENV BLA=\"blubb\" BLUBB=\"${BLA}/blubb\"")]
    [InlineData("ENV BLA=\"blubb\" BLUBB=\"$BLA/blubb\"")]
    [InlineData("ENV BLA=\"blubb\" BLUBB=\"$BLA\"")]
    [InlineData("ENV BLA=\"blubb\" BLUBB=\"${BLA}\"")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("ENV BLA=\"blubb\"\nENV BLUBB=\"${BLA}/blubb\"")]
    [InlineData("ENV BLA=\"blubb\" BLUBB=\"${FOOBLA}/blubb\"")]
    [InlineData("ENV BLA=\"blubb\" BLUBB=\"${BLAFOO}/blubb\"")]
    [InlineData("ENV BLA=\"blubb\" BLUBB=\"$FOOBLA/blubb\"")]
    [InlineData("ENV BLA=\"blubb\" BLUBB=\"$BLAFOO/blubb\"")]
    [InlineData("ENV BLA=\"blubb\" BLUBB=\"BLA/$BLAFOO/BLA\"")]
    [InlineData("ARG BLA\nENV BLA=${BLA}")]
    [InlineData("ENV BLA blubb\nENV BLA=${BLA}")]
    [InlineData("ENV PATH=/bla:${PATH}")]
    [InlineData("ENV PATH=/bla:${PATH}\nENV PATH=/blubb:${PATH}")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
