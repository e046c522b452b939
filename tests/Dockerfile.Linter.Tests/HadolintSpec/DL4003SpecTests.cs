namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL4003, in our words (see HADOLINT-SPEC.md).</summary>
public class DL4003SpecTests
{
    private const string Code = "DL4003";

    [Theory]
    [InlineData("FROM debian\nCMD bash\nRUN foo\nCMD another\n")]
    [InlineData("FROM debian as distro1\nCMD bash\nRUN foo\nCMD another\nFROM debian as distro2\nCMD another\n")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM debian as distro1\nCMD bash\nRUN foo\nFROM debian as distro2\nCMD another\n")]
    [InlineData("CMD /bin/true")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
