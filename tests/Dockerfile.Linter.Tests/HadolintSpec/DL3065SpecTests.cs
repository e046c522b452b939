namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3065, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3065SpecTests
{
    private const string Code = "DL3065";

    [Theory]
    [InlineData("FROM --platform=$TARGETPLATFORM alpine:3.24")]
    [InlineData("FROM --platform=${TARGETPLATFORM} alpine:3.24")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM alpine:3.24")]
    [InlineData("FROM --platform=$FOOBAR alpine:3.24")]
    [InlineData("FROM --platform=foobar alpine:3.24")]
    [InlineData("FROM --platform=foobar/arm64 alpine:3.24")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
