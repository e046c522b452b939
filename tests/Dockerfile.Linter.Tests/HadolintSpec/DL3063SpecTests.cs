namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3063, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3063SpecTests
{
    private const string Code = "DL3063";

    [Theory]
    [InlineData("FROM foo:bar AS scratch")]
    [InlineData("FROM foo:bar AS context")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM foo:bar AS foobar")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
