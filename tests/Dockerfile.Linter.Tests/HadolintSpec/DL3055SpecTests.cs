namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3055, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3055SpecTests
{
    private const string Code = "DL3055";

    private static LintOptions Schema()
    {
        var options = new LintOptions();
        options.LabelSchema["githash"] = "hash";
        return options;
    }

    [Theory]
    [InlineData("LABEL githash=\"not-git-hash\"", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo, Schema());

    [Theory]
    [InlineData("LABEL githash=\"2dbfae9\"", true)]
    [InlineData("LABEL githash=\"43c572f1272b6b3171dd1db9e41b7027128ce080\"", true)]
    [InlineData("LABEL other=\"foo\"")]
    [InlineData("LABEL other=\"bar\"", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo, Schema());
}
