namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3041, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3041SpecTests
{
    private const string Code = "DL3041";

    [Theory]
    [InlineData("RUN dnf install -y tomcat && dnf clean all", true)]
    [InlineData("RUN microdnf install -y tomcat && microdnf clean all")]
    [InlineData("RUN dnf install -y rpm-sign && dnf clean all", true)]
    [InlineData("RUN microdnf install -y rpm-sign && microdnf clean all")]
    [InlineData("RUN dnf module install -y tomcat && dnf clean all", true)]
    [InlineData("RUN microdnf module install -y tomcat && microdnf clean all")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN dnf install -y tomcat-9.0.1 && dnf clean all", true)]
    [InlineData("RUN microdnf install -y tomcat-9.0.1 && microdnf clean all", true)]
    [InlineData("RUN notdnf install openssl-1:1.1.1k", true)]
    [InlineData("RUN notdnf install tomcat", true)]
    [InlineData("RUN dnf install -y rpm-sign-4.16.1.3 && dnf clean all", true)]
    [InlineData("RUN microdnf install -y rpm-sign-4.16.1.3 && microdnf clean all", true)]
    [InlineData("RUN dnf install -y gcc-c++-1.1.1", true)]
    [InlineData("RUN microdnf install -y gcc-c++-1.1.1", true)]
    [InlineData("RUN dnf install -y openssl-1:1.1.1k", true)]
    [InlineData("RUN microdnf install -y openssl-1:1.1.1k", true)]
    [InlineData("RUN dnf module install -y tomcat:9 && dnf clean all", true)]
    [InlineData("RUN microdnf module install -y tomcat:9 && microdnf clean all", true)]
    [InlineData("RUN notdnf module install tomcat", true)]
    [InlineData("RUN dnf install -y \"git-core-${GIT_VER}\" && dnf clean all", true)]
    [InlineData("RUN dnf install -y \"rpm-sign-${VERSION}\" && dnf clean all")]
    [InlineData("RUN dnf install -y tomcat-$VERSION && dnf clean all")]
    [InlineData("RUN microdnf install -y \"git-core-${GIT_VER}\" && microdnf clean all")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
