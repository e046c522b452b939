namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL4005, in our words (see HADOLINT-SPEC.md).</summary>
public class DL4005SpecTests
{
    private const string Code = "DL4005";

    [Theory]
    [InlineData("RUN ln -sfv /bin/bash /bin/sh", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN ln -sf /bin/true /sbin/initctl", true)]
    [InlineData("RUN ln -s foo bar && unrelated && something_with /bin/sh", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
