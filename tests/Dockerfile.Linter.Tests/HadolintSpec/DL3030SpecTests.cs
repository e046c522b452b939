namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3030, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3030SpecTests
{
    private const string Code = "DL3030";

    [Theory]
    [InlineData("RUN yum install httpd-2.4.24 && yum clean all", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN yum install -y httpd-2.4.24 && yum clean all", true)]
    [InlineData("RUN bash -c `# not even a yum command`", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
