namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3052, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3052SpecTests
{
    private const string Code = "DL3052";

    private static LintOptions Schema()
    {
        var options = new LintOptions();
        options.LabelSchema["urllabel"] = "url";
        return options;
    }

    [Theory]
    [InlineData("LABEL urllabel=\"not-url\"", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo, Schema());

    [Theory]
    [InlineData("LABEL urllabel=\"http://example.com\"", true)]
    [InlineData("LABEL other=\"foo\"")]
    [InlineData("LABEL other=\"bar\"", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo, Schema());
}
