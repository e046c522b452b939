namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3014, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3014SpecTests
{
    private const string Code = "DL3014";

    [Theory]
    [InlineData("RUN apt-get install python", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN apt-get install -yq python", true)]
    [InlineData("RUN apt-get install -qq python", true)]
    [InlineData("RUN apt-get install -y python", true)]
    [InlineData("RUN apt-get -y install python", true)]
    [InlineData("RUN apt-get --yes install python", true)]
    [InlineData("RUN apt-get --assume-yes install python", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
