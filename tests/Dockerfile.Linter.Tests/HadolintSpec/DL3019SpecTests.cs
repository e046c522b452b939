namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3019, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3019SpecTests
{
    private const string Code = "DL3019";

    [Theory]
    [InlineData("RUN apk add flex=2.6.4-r1", true)]
    [InlineData("RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN apk add --no-cache flex=2.6.4-r1", true)]
    [InlineData("RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0", true)]
    [InlineData("RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
