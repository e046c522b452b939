namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3053, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3053SpecTests
{
    private const string Code = "DL3053";

    private static LintOptions Schema()
    {
        var options = new LintOptions();
        options.LabelSchema["datelabel"] = "rfc3339";
        return options;
    }

    [Theory]
    [InlineData("LABEL datelabel=\"not-date\"", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo, Schema());

    [Theory]
    [InlineData("LABEL datelabel=\"2021-03-10T10:26:33.564595127+01:00\"", true)]
    [InlineData("LABEL other=\"doo\"")]
    [InlineData("LABEL other=\"bar\"", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo, Schema());
}
