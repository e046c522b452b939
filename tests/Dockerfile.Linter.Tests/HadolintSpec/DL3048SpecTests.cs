namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3048, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3048SpecTests
{
    private const string Code = "DL3048";

    [Theory]
    [InlineData("LABEL com.docker.label=\"foo\"", true)]
    [InlineData("LABEL io.docker.label=\"foo\"", true)]
    [InlineData("LABEL org.dockerproject.label=\"foo\"", true)]
    [InlineData("LABEL invalid$character=\"foo\"", true)]
    [InlineData("LABEL .invalid =\"foo\"")]
    [InlineData("LABEL -invalid =\"foo\"")]
    [InlineData("LABEL 1invalid =\"foo\"")]
    [InlineData("LABEL .invalid=\"foo\"", true)]
    [InlineData("LABEL -invalid=\"foo\"", true)]
    [InlineData("LABEL 1invalid=\"foo\"", true)]
    [InlineData("LABEL invalid..character=\"foo\"", true)]
    [InlineData("LABEL invalid--character=\"foo\"", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("LABEL org.valid-key.label3=\"foo\"", true)]
    [InlineData("LABEL validlabel=\"foo\"", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
