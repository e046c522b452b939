namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3049, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3049SpecTests
{
    private const string Code = "DL3049";

    private static LintOptions Schema()
    {
        var options = new LintOptions();
        options.LabelSchema["foo"] = "text";
        return options;
    }

    [Theory]
    [InlineData("FROM baseimage", true)]
    [InlineData("FROM baseimage\nLABEL bar=\"baz\"", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo, Schema());

    [Theory]
    [InlineData("FROM baseimage\nLABEL foo=\"bar\"", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo, Schema());

    [Theory]
    [InlineData("FROM stage1\nFROM stage2\n", 2)]
    [InlineData("FROM stage1\nLABEL bar=\"baz\"\nFROM stage2\nLABEL buzz=\"fuzz\"\n", 2)]
    [InlineData("FROM baseimage\nFROM newimage\nLABEL foo=\"bar\"\n", 1)]
    [InlineData("FROM baseimage\nLABEL baz=\"bar\"\nFROM newimage\nLABEL foo=\"bar\"\n", 1)]
    [InlineData("FROM baseimage as base\nLABEL foo=\"bar\"\nFROM base\n", 0)]
    public void ReportedTimes(string dockerfile, int times) => HadolintSpecRunner.ReportedTimes(Code, dockerfile, times, Schema());

    // Deliberate difference (see the rule's "Differences from hadolint"): a stage another stage is built on passes on
    // its labels, so the final stage is the one judged; hadolint also reports the base stage here (once).
    [Theory]
    [InlineData("FROM baseimage as base\nFROM base\nLABEL foo=\"bar\"\n")]
    public void DifferenceNotReported(string dockerfile) => HadolintSpecRunner.NotReported(Code, dockerfile, Schema());
}
