using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Style;

public class DF6004ConsistentInstructionCasingTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nRUN true\nCOPY a /a\n")]
    [InlineData("from alpine:3.20\nrun true\ncopy a /a\n")]
    [InlineData("arg V=1\nFROM alpine:3.20\nRUN true\n")]                      // global ARGs are neither counted nor checked
    [InlineData("FROM alpine:3.20\nONBUILD run true\n")]                       // the ONBUILD trigger keyword is not looked at
    public void Valid(string dockerfile) => RuleTester.Valid<DF6004ConsistentInstructionCasing>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\n[|run|] true\nCOPY a /a\n")]
    [InlineData("from alpine:3.20\n[|RUN|] true\ncopy a /a\n")]
    [InlineData("FROM alpine:3.20\n[|run|] true\n")]                           // tie: upper-case wins
    [InlineData("FROM alpine:3.20\n[|Run|] true\n")]                           // mixed case always differs
    [InlineData("from alpine:3.20\nrun a\n[|Run|] b\n")]
    [InlineData("ARG A=1\nARG B=2\nARG C=3\nfrom alpine:3.20\nrun a\n[|RUN|] b\n[|ARG|] x\nrun c\n")]   // global ARGs do not vote
    [InlineData("FROM alpine:3.20 AS a\n[|run|] x\nFROM a\nRUN y\n[|onbuild|] RUN z\n")]
    [InlineData("FROM alpine:3.20\nRUN a \\\n  b\n[|env|] A=1\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF6004ConsistentInstructionCasing>(marked);

    [Fact]
    public void Fix_rewrites_to_the_majority() =>
        RuleTester.Fix<DF6004ConsistentInstructionCasing>(
            "from alpine:3.20\nrun a\nRUN b\nCopy c /c\n",
            "from alpine:3.20\nrun a\nrun b\ncopy c /c\n");

    [Fact]
    public void Message_names_the_majority() =>
        Assert.Equal("Command 'run' should match the case of the command majority (uppercase)",
            RuleTester.Diagnostics<DF6004ConsistentInstructionCasing>("FROM alpine:3.20\nrun true\n").Single().Message);
}
