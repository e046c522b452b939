namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3022, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3022SpecTests
{
    private const string Code = "DL3022";

    [Theory]
    [InlineData("COPY --from=foo bar .")]
    [InlineData("FROM scratch\nCOPY --from=build foo .\nFROM node as build\nRUN baz")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=build foo .\nRUN baz")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
