namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL1001, in our words (see HADOLINT-SPEC.md).</summary>
public class DL1001SpecTests
{
    private const string Code = "DL1001";

    [Theory]
    [InlineData("# hadolint ignore=DL3003\nRUN foo bar\n")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("# hadolint shell=powershell\nRUN foo bar\n")]
    [InlineData("# foobar\nRUN foo bar\n")]
    [InlineData("FROM debian\nRUN foo bar\n")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
