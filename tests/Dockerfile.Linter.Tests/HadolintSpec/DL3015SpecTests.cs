namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3015, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3015SpecTests
{
    private const string Code = "DL3015";

    [Theory]
    [InlineData("RUN apt-get install python", true)]
    [InlineData("RUN apt-get -y install python", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN apt-get install --no-install-recommends python", true)]
    [InlineData("RUN apt-get -o APT::Install-Recommends=false install python", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
