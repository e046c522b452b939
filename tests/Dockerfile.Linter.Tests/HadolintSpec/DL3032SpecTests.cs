namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3032, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3032SpecTests
{
    private const string Code = "DL3032";

    [Theory]
    [InlineData("RUN yum install -y mariadb-10.4", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN yum install -y mariadb-10.4 && yum clean all", true)]
    [InlineData("RUN bash -c `# not even a yum command`", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
