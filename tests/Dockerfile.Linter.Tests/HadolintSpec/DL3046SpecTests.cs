namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3046, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3046SpecTests
{
    private const string Code = "DL3046";

    [Theory]
    [InlineData("RUN useradd -u 123456 luser")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN useradd luser")]
    [InlineData("RUN useradd -u 12345 luser")]
    [InlineData("RUN useradd -l -u 123456 luser")]
    [InlineData("RUN useradd -l luser")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
