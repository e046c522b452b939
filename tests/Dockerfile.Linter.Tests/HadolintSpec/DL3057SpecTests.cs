namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3057, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3057SpecTests
{
    private const string Code = "DL3057";

    [Theory]
    [InlineData("FROM scratch")]
    [InlineData("FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM scratch\nHEALTHCHECK CMD /bin/bla")]
    [InlineData("FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM base")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
