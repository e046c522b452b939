namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3035, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3035SpecTests
{
    private const string Code = "DL3035";

    [Theory]
    [InlineData("RUN zypper dist-upgrade", true)]
    [InlineData("RUN zypper dup", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);
}
