namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL4004, in our words (see HADOLINT-SPEC.md).</summary>
public class DL4004SpecTests
{
    private const string Code = "DL4004";

    [Theory]
    [InlineData("FROM debian\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\n")]
    [InlineData("FROM debian as distro1\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\nFROM debian as distro2\nENTRYPOINT another\n")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM busybox")]
    [InlineData("FROM debian as distro1\nENTRYPOINT bash\nRUN foo\nFROM debian as distro2\nENTRYPOINT another\n")]
    [InlineData("ENTRYPOINT /bin/true")]
    [InlineData("FROM busybox\n")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
