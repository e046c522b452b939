using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DF6013MultipleInstructionsDisallowedTests
{
    [Theory]
    [InlineData("FROM python:3.12\nCMD [\"python\"]\nENTRYPOINT [\"/app\"]\nHEALTHCHECK CMD true\n")]
    [InlineData("FROM python:3.12 AS a\nCMD a\nENTRYPOINT a\nHEALTHCHECK NONE\nFROM a\nCMD b\nENTRYPOINT b\nHEALTHCHECK CMD true\n")]
    [InlineData("FROM python:3.12\nONBUILD CMD a\nCMD b\nONBUILD HEALTHCHECK NONE\nHEALTHCHECK CMD true\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF6013MultipleInstructionsDisallowed>(dockerfile);

    [Theory]
    [InlineData("FROM python:3.12\n[|CMD a|]\n{|CMD [\"b\"]|}\n")]
    [InlineData("FROM alpine:3.20\n[|ENTRYPOINT [\"/bin/sh\"]|]\nRUN x\n{|ENTRYPOINT [\"/app\"]|}\n")]
    [InlineData("FROM nginx:1.27\n[|HEALTHCHECK --interval=5s \\\n  CMD true|]\n{|HEALTHCHECK NONE|}\n")]
    [InlineData("FROM python:3.12 AS a\n[|CMD a|]\n{|CMD b|}\nFROM a\nCMD c\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF6013MultipleInstructionsDisallowed>(marked);

    [Fact]
    public void Every_overridden_instruction_is_reported_with_BuildKits_message_and_the_keyword_as_written()
    {
        var diagnostics = RuleTester.Diagnostics<DF6013MultipleInstructionsDisallowed>("FROM python:3.12\ncmd a\nCMD b\nCMD c\n");
        Assert.Equal([2, 3], diagnostics.Select(d => d.Location.Start.Line));
        Assert.Equal("Multiple cmd instructions should not be used in the same stage because only the last one will be used", diagnostics[0].Message);
        Assert.Equal("Multiple CMD instructions should not be used in the same stage because only the last one will be used", diagnostics[1].Message);
        Assert.Equal([3, 4], diagnostics.Select(d => d.RelatedLocations.Single().Location.Start.Line));
    }
}

public class DF6014WorkdirRelativePathTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nWORKDIR /app\nWORKDIR build\n")]
    [InlineData("FROM alpine:3.20 AS a\nWORKDIR /app\nFROM a AS b\nWORKDIR subdir/\n")]
    [InlineData("FROM alpine:3.20 AS a\nWORKDIR /app\nFROM a AS b\nFROM b\nWORKDIR deeper\n")]
    [InlineData("FROM alpine:3.20\nARG DIR=/srv\nWORKDIR $DIR\nWORKDIR x\n")]
    [InlineData("FROM alpine:3.20\nWORKDIR $UNKNOWN\n")]
    [InlineData("FROM alpine:3.20\nONBUILD WORKDIR app\n")]
    [InlineData("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\app\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF6014WorkdirRelativePath>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nWORKDIR [|app/|]\nWORKDIR other\n")]
    [InlineData("FROM alpine:3.20 AS a\nRUN true\nFROM a\nWORKDIR [|app|]\n")]
    [InlineData("FROM alpine:3.20 AS a\nWORKDIR /app\nFROM alpine:3.20\nWORKDIR [|app|]\n")]
    [InlineData("FROM alpine:3.20\nARG DIR=srv\nWORKDIR [|$DIR|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF6014WorkdirRelativePath>(marked);

    [Fact]
    public void Message_quotes_the_expanded_path_as_BuildKit_does()
    {
        var d = Assert.Single(RuleTester.Diagnostics<DF6014WorkdirRelativePath>("FROM alpine:3.20\nARG DIR=\"my \\\"dir\\\"\"\nWORKDIR $DIR\n"));
        Assert.Equal("Relative workdir \"my \\\"dir\\\"\" can have unexpected results if the base image changes", d.Message);
    }

    [Fact]
    public void Build_args_decide_the_path()
    {
        const string text = "FROM alpine:3.20\nARG DIR=/srv\nWORKDIR $DIR\n";
        Assert.Empty(RuleTester.Diagnostics<DF6014WorkdirRelativePath>(text));
        var options = new LintOptions { BuildArgs = { ["DIR"] = "srv" } };
        Assert.Equal("Relative workdir \"srv\" can have unexpected results if the base image changes",
            Assert.Single(RuleTester.Diagnostics<DF6014WorkdirRelativePath>(text, options)).Message);
    }
}
