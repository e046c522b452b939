namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3061, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3061SpecTests
{
    private const string Code = "DL3061";

    [Theory]
    [InlineData("LABEL foo=bar\nFROM foo", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("FROM foo\nLABEL foo=bar", true)]
    [InlineData("ARG A=B\nFROM foo\nLABEL foo=bar", true)]
    [InlineData("# syntax = docker/dockerfile:1.0-experimental\nFROM node:16-alpine3.13", true)]
    [InlineData("FROM foo\nARG A=B\nRUN echo bla")]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}
