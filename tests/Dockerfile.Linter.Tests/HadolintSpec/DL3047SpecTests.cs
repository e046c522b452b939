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

    // Options that come from an ARG or ENV value are options (issue 11).
    [Theory]
    [InlineData("FROM node as foo\nARG WGET_ARGS=\"--progress=dot:giga\"\nRUN wget ${WGET_ARGS} my.xyz\n")]
    [InlineData("FROM node as foo\nENV WGET_OPTS=\"-nv --tries=3\"\nRUN wget $WGET_OPTS my.xyz\n")]
    [InlineData("ARG WGET_ARGS=--quiet\nRUN wget \"$WGET_ARGS\" my.xyz\n")]
    public void VariableOptionsNotReported(string dockerfile) => HadolintSpecRunner.NotReported(Code, dockerfile);

    [Theory]
    [InlineData("FROM node as foo\nARG WGET_ARGS=\"--tries=3\"\nRUN wget ${WGET_ARGS} my.xyz\n")]
    [InlineData("FROM node as foo\nARG WGET_ARGS\nRUN wget ${WGET_ARGS} my.xyz\n")]
    public void VariableOptionsReported(string dockerfile) => HadolintSpecRunner.Reported(Code, dockerfile);
}
