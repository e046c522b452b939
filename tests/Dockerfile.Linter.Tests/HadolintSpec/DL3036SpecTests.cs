namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3036, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3036SpecTests
{
    private const string Code = "DL3036";

    [Theory]
    [InlineData("RUN zypper install -y mariadb=10.4", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN zypper install -y mariadb=10.4 && zypper clean", true)]
    [InlineData("RUN zypper install -y mariadb=10.4 && zypper cc", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
