using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Syntax;

public class DL3061InstructionBeforeFromTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nRUN true\n")]
    [InlineData("# syntax=docker/dockerfile:1\n# comment\nARG A=1\nARG B\nFROM alpine:$A\nENV X=1\n")]
    [InlineData("\n\n# only comments\nFROM alpine:3.20\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3061InstructionBeforeFrom>(dockerfile);

    [Theory]
    [InlineData("[|ENV|] A=1\nFROM alpine:3.20\n")]
    [InlineData("ARG V=1\n[|LABEL|] a=b\n[|RUN|] echo hi\nFROM alpine:3.20\nRUN true\n")]
    [InlineData("[|onbuild|] RUN true\nFROM alpine:3.20\n")]
    [InlineData("[|RUN|] echo \\\n  hi\n")]                                                  // no FROM at all
    public void Invalid(string marked) => RuleTester.Invalid<DL3061InstructionBeforeFrom>(marked);

    [Fact]
    public void Message_names_the_instruction() =>
        Assert.StartsWith("WORKDIR before the first FROM",
            RuleTester.Diagnostics<DL3061InstructionBeforeFrom>("workdir /x\nFROM a:1\n").Single().Message);
}
