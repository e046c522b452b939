namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3056, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3056SpecTests
{
    private const string Code = "DL3056";

    private static LintOptions Schema()
    {
        var options = new LintOptions();
        options.LabelSchema["semver"] = "semver";
        return options;
    }

    [Theory]
    [InlineData("LABEL semver=\"not-sem-ver\"", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo, Schema());

    [Theory]
    [InlineData("LABEL semver=\"1.0.0\"")]
    [InlineData("LABEL semver=\"2.0.1-rc1\"", true)]
    [InlineData("LABEL other=\"foo\"")]
    [InlineData("LABEL other=\"bar\"", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo, Schema());
}
