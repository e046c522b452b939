namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3067, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3067SpecTests
{
    private const string Code = "DL3067";

    [Theory]
    [InlineData("COPY --from=build / /")]
    [InlineData("COPY --from=build \"/\" \"/\"")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("COPY / /")]
    [InlineData("COPY --from=build /app /")]
    [InlineData("COPY --from=build / /app")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
