namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3037, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3037SpecTests
{
    private const string Code = "DL3037";

    [Theory]
    [InlineData("RUN zypper install -y tomcat && zypper clean", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN zypper install -y tomcat=9.0.39 && zypper clean", true)]
    [InlineData("RUN zypper install -y tomcat\\>=9.0 && zypper clean", true)]
    [InlineData("RUN zypper install -y tomcat\\>9.0 && zypper clean", true)]
    [InlineData("RUN zypper install -y tomcat\\<=9.0 && zypper clean", true)]
    [InlineData("RUN zypper install -y tomcat\\<9.0 && zypper clean", true)]
    [InlineData("RUN zypper install -y tomcat-9.0.39-1.rpm && zypper clean", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
