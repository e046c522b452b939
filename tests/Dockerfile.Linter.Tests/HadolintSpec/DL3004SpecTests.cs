namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3004, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3004SpecTests
{
    private const string Code = "DL3004";

    [Theory]
    [InlineData("RUN sudo apt-get update", true)]
    [InlineData("RUN apt-get update && sudo apt-get install", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN apt-get install sudo", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
