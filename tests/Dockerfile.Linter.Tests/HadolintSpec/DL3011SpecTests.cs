namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3011, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3011SpecTests
{
    private const string Code = "DL3011";

    [Theory]
    [InlineData("EXPOSE 80000")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("EXPOSE 60000")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
