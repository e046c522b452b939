namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL4000, in our words (see HADOLINT-SPEC.md).</summary>
public class DL4000SpecTests
{
    private const string Code = "DL4000";

    [Theory]
    [InlineData("FROM busybox\nMAINTAINER hudu@mail.com")]
    [InlineData("FROM debian\nMAINTAINER Lukas")]
    [InlineData("MAINTAINER Lukas\nFROM DEBIAN")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM debian")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
