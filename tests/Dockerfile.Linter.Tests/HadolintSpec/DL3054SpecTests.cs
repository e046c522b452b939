namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3054, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3054SpecTests
{
    private const string Code = "DL3054";

    private static LintOptions Schema()
    {
        var options = new LintOptions();
        options.LabelSchema["spdxlabel"] = "spdx";
        return options;
    }

    [Theory]
    [InlineData("LABEL spdxlabel=\"not-spdx\"", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo, Schema());

    [Theory]
    [InlineData("LABEL spdxlabel=\"BSD-3-Clause\"")]
    [InlineData("LABEL spdxlabel=\"MIT\"", true)]
    [InlineData("LABEL other=\"fooo\"")]
    [InlineData("LABEL other=\"bar\"", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo, Schema());
}
