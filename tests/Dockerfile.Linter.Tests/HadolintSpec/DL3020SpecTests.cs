namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3020, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3020SpecTests
{
    private const string Code = "DL3020";

    [Theory]
    [InlineData("ADD file /usr/src/app/")]
    [InlineData("ADD file.zip /usr/src/app/")]
    [InlineData("ADD \"file.zip\" /usr/src/app/")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("ADD file.tar /usr/src/app/")]
    [InlineData("ADD file.gz /usr/src/app/")]
    [InlineData("ADD file.bz2 /usr/src/app/")]
    [InlineData("ADD file.xz /usr/src/app/")]
    [InlineData("ADD file.tgz /usr/src/app/")]
    [InlineData("ADD http://file.com /usr/src/app/")]
    [InlineData("ADD \"file.tgz\" /usr/src/app/")]
    [InlineData("ADD \"http://file.com\" /usr/src/app/")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
