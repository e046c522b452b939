using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Style;

public class DF6007LegacyKeyValueFormatTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nENV A=1 B=2\n")]
    [InlineData("FROM alpine:3.20\nLABEL a=b\n")]
    [InlineData("FROM alpine:3.20\nARG A\n")]
    [InlineData("FROM alpine:3.20\nONBUILD ENV A 1\n")]                         // checked when the child build runs it
    public void Valid(string dockerfile) => RuleTester.Valid<DF6007LegacyKeyValueFormat>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nENV [|A|] 1\n")]
    [InlineData("FROM alpine:3.20\nLABEL [|maintainer|] me\n")]
    [InlineData("FROM alpine:3.20\nENV [|A|] 1 B 2\n")]
    [InlineData("FROM alpine:3.20\nENV [|PATH|] /opt/bin:$PATH\nENV [|B|] \\\n  2\n")]
    [InlineData("FROM alpine:3.20 AS a\nENV [|X|] 1\nFROM a\nenv [|Y|] 2\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF6007LegacyKeyValueFormat>(marked);

    [Theory]
    [InlineData("FROM alpine:3.20\nENV A /srv/app\n", "FROM alpine:3.20\nENV A=/srv/app\n")]
    [InlineData("FROM alpine:3.20\nENV A hello world\n", "FROM alpine:3.20\nENV A=\"hello world\"\n")]
    [InlineData("FROM alpine:3.20\nENV A \"hello world\"\n", "FROM alpine:3.20\nENV A=\"hello world\"\n")]
    [InlineData("FROM alpine:3.20\nENV P /opt/bin:$PATH\n", "FROM alpine:3.20\nENV P=/opt/bin:$PATH\n")]
    [InlineData("FROM alpine:3.20\nENV A it's \"x\"\n", "FROM alpine:3.20\nENV A it's \"x\"\n")]      // quotes inside: no fix
    [InlineData("FROM alpine:3.20\nENV A 1 \\\n  2\n", "FROM alpine:3.20\nENV A 1 \\\n  2\n")]        // several lines: no fix
    public void Fix(string before, string after) => RuleTester.Fix<DF6007LegacyKeyValueFormat>(before, after);

    [Fact]
    public void Message_names_the_instruction() =>
        Assert.Equal("\"LABEL key=value\" should be used instead of legacy \"LABEL key value\" format",
            RuleTester.Diagnostics<DF6007LegacyKeyValueFormat>("FROM alpine:3.20\nlabel a b\n").Single().Message);
}
