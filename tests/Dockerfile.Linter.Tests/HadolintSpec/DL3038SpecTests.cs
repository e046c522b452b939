namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3038, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3038SpecTests
{
    private const string Code = "DL3038";

    [Theory]
    [InlineData("RUN dnf install httpd-2.4.24 && dnf clean all", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN dnf install -y httpd-2.4.24 && dnf clean all", true)]
    [InlineData("RUN notdnf install httpd", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
