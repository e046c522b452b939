namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3064, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3064SpecTests
{
    private const string Code = "DL3064";

    [Theory]
    [InlineData("ARG AWS_ACCESS_KEY_ID\nFROM debian:bullseye\nRUN foobar\n", true)]
    [InlineData("ARG openai_api_key\nFROM debian:bullseye\nRUN foobar\n", true)]
    [InlineData("FROM debian:bullseye\nENV AWS_ACCESS_KEY_ID=abcdefghijklmnopqrstuvwxyz\nRUN foobar\n", true)]
    [InlineData("FROM debian:bullseye\nENV my_password=abcdefghijklmnopqrstuvwxyz\nRUN foobar\n", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM debian:bullseye\nRUN foobar\n", true)]
    [InlineData("ARG foobar\nFROM debian:bullseye\nRUN foobar\n", true)]
    [InlineData("FROM debian:bullseye\nENV foobar=barfoo\nRUN foobar\n", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
