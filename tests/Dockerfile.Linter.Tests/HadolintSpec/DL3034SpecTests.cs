namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3034, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3034SpecTests
{
    private const string Code = "DL3034";

    [Theory]
    [InlineData("RUN zypper install httpd=2.4.24 && zypper clean", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN zypper install -n httpd=2.4.24 && zypper clean", true)]
    [InlineData("RUN zypper install --non-interactive httpd=2.4.24 && zypper clean", true)]
    [InlineData("RUN zypper install -y httpd=2.4.24 && zypper clean", true)]
    [InlineData("RUN zypper install --no-confirm httpd=2.4.24 && zypper clean", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
