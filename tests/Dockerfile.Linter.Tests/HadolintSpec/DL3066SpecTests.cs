namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3066, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3066SpecTests
{
    private const string Code = "DL3066";

    [Theory]
    [InlineData("USER foobar")]
    [InlineData("USER foobar:barfoo")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("USER 12345")]
    [InlineData("USER 1234:5678")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
