namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3000, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3000SpecTests
{
    private const string Code = "DL3000";

    [Theory]
    [InlineData("WORKDIR relative/dir")]
    [InlineData("WORKDIR 'relative/dir'")]
    [InlineData("WORKDIR \"relative/dir\"")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("WORKDIR /usr/local")]
    [InlineData("WORKDIR ${work}")]
    [InlineData("WORKDIR '/usr/local'")]
    [InlineData("WORKDIR \"/usr/local\"")]
    [InlineData("WORKDIR \"${dir}\"")]
    [InlineData("WORKDIR 'C:\\'")]
    [InlineData("WORKDIR \"C:\\\"")]
    [InlineData("WORKDIR C:/")]
    [InlineData("WORKDIR \"C:/\"")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
