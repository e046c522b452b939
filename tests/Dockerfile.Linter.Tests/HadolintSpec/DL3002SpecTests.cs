namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3002, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3002SpecTests
{
    private const string Code = "DL3002";

    [Theory]
    [InlineData("FROM scratch\nUSER root")]
    [InlineData("FROM scratch\nUSER 0")]
    [InlineData("FROM scratch\nUSER root:root")]
    [InlineData("FROM scratch\nUSER 0:0")]
    [InlineData("FROM debian as base\nUSER root\nRUN something\nFROM base\nRUN something else")]
    [InlineData("FROM debian as base\nUSER root\nRUN something\nFROM scratch\nUSER foo\nRUN something else")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM scratch\nUSER foo")]
    [InlineData("FROM scratch\nUSER root\nRUN something\nUSER foo")]
    [InlineData("FROM debian as base\nUSER root\nRUN something\nUSER foo\nFROM scratch\nRUN something else")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
