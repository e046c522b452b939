namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3051, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3051SpecTests
{
    private const string Code = "DL3051";

    private static LintOptions Schema()
    {
        var options = new LintOptions();
        options.LabelSchema["emptylabel"] = "text";
        return options;
    }

    [Theory]
    [InlineData("LABEL emptylabel=\"\"", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo, Schema());

    [Theory]
    [InlineData("LABEL emptylabel=\"foo\"")]
    [InlineData("LABEL emptylabel=\"bar\"", true)]
    [InlineData("LABEL other=\"\"", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo, Schema());
}
