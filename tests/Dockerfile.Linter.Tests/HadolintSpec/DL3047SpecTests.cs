namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3047, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3047SpecTests
{
    private const string Code = "DL3047";

    [Theory]
    [InlineData("FROM node as foo\nRUN wget my.xyz\n")]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM node as foo\nRUN wget --progress=dot:giga my.xyz\n")]
    [InlineData("FROM node as foo\nRUN wget -q my.xyz\n")]
    [InlineData("FROM node as foo\nRUN wget --quiet my.xyz\n")]
    [InlineData("FROM node as foo\nRUN wget -nv my.xyz\n")]
    [InlineData("FROM node as foo\nRUN wget --no-verbose my.xyz\n")]
    [InlineData("FROM node as foo\nRUN wget --output-file=/tmp/wget.log my.xyz\n")]
    [InlineData("FROM node as foo\nRUN wget -o /tmp/wget.log my.xyz\n")]
    [InlineData("FROM node as foo\nRUN wget --append-output=/tmp/wget.log my.xyz\n")]
    [InlineData("FROM node as foo\nRUN wget -a /tmp/wget.log my.xyz\n")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
