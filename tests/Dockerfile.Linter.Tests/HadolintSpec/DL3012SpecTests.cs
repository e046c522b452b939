namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3012, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3012SpecTests
{
    private const string Code = "DL3012";

    [Theory]
    [InlineData("FROM scratch\nHEALTHCHECK CMD /bin/bla1\nHEALTHCHECK CMD /bin/bla2")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM scratch")]
    [InlineData("FROM scratch\nHEALTHCHECK CMD /bin/bla")]
    [InlineData("FROM scratch\nHEALTHCHECK CMD /bin/bla1\nFROM scratch\nHEALTHCHECK CMD /bin/bla2")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
