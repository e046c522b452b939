namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3027, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3027SpecTests
{
    private const string Code = "DL3027";

    [Theory]
    [InlineData("FROM ubuntu\nRUN apt install python", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);
}
