namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3058, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3058SpecTests
{
    private const string Code = "DL3058";

    private static LintOptions Schema()
    {
        var options = new LintOptions();
        options.LabelSchema["maintainer"] = "email";
        return options;
    }

    [Theory]
    [InlineData("LABEL maintainer=\"not-email\"", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo, Schema());

    [Theory]
    [InlineData("LABEL maintainer=\"abcd@google.com\"", true)]
    [InlineData("LABEL other=\"doo\"")]
    [InlineData("LABEL other=\"bar\"", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo, Schema());
}
