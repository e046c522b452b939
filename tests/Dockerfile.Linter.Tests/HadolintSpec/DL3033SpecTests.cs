namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3033, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3033SpecTests
{
    private const string Code = "DL3033";

    [Theory]
    [InlineData("RUN yum install -y tomcat && yum clean all", true)]
    [InlineData("RUN yum module install -y tomcat && yum clean all", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN yum install -y tomcat-9.2 && yum clean all", true)]
    [InlineData("RUN bash -c `# not even a yum command`", true)]
    [InlineData("RUN yum install -y openssl-1:1.1.1k", true)]
    [InlineData("RUN yum install -y rpm-sign-4.16.1.3", true)]
    [InlineData("RUN yum install -y gcc-c++-1.1.1", true)]
    [InlineData("RUN yum module install -y tomcat:9 && yum clean all", true)]
    [InlineData("RUN yum install -y \"git-core-${GIT_VER}\" && yum clean all", true)]
    [InlineData("RUN yum install -y \"which-${WHICH_VERSION}\" && yum clean all")]
    [InlineData("RUN yum install -y \"rpm-sign-${VERSION}\" && yum clean all")]
    [InlineData("RUN yum install -y tomcat-$VERSION && yum clean all")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
