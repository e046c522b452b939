namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3050, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3050SpecTests
{
    private const string Code = "DL3050";

    private static LintOptions StrictSchema()
    {
        var options = new LintOptions { StrictLabels = true };
        options.LabelSchema["required"] = "text";
        return options;
    }

    [Theory]
    [InlineData("LABEL other=\"bar\"", true)]
    [InlineData("LABEL required=\"foo\" other=\"bar\"", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo, StrictSchema());

    [Theory]
    [InlineData("", true)]
    [InlineData("LABEL required=\"foo\"")]
    [InlineData("LABEL required=\"bar\"", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo, StrictSchema());
}
