namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3040, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3040SpecTests
{
    private const string Code = "DL3040";

    [Theory]
    [InlineData("RUN dnf install -y mariadb-10.4", true)]
    [InlineData("RUN microdnf install -y mariadb-10.4", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN dnf install -y mariadb-10.4 && microdnf clean all")]
    public void ReportedInOnbuild(string dockerfile) => HadolintSpecRunner.ReportedInOnbuild(Code, dockerfile);

    [Theory]
    [InlineData("RUN dnf install -y mariadb-10.4 && dnf clean all", true)]
    [InlineData("RUN microdnf install -y mariadb-10.4 && microdnf clean all", true)]
    [InlineData("RUN notdnf install mariadb", true)]
    [InlineData("RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*", true)]
    [InlineData("RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);

    // Deliberate difference: hadolint's case writes `microdnf clean all && RUN dnf install -y mariadb-10.4` as a line of
    // its own. That is no instruction (BuildKit refuses the unknown `microdnf` instruction, DL1000), so nothing runs
    // dnf and DL3040 stays silent; the same commands in a RUN are covered by the cases above.
    [Theory]
    [InlineData("microdnf clean all && RUN dnf install -y mariadb-10.4")]
    public void DifferenceNotReported(string dockerfile) => HadolintSpecRunner.NotReported(Code, dockerfile);
}
