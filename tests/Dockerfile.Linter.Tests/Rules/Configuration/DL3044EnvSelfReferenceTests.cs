using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DL3044EnvSelfReferenceTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nENV A=1\nENV B=$A\n")]
    [InlineData("FROM alpine:3.20\nENV PATH=$PATH:/opt/bin GOPATH=/go\n")]                     // refers to itself
    [InlineData("FROM alpine:3.20\nENV A=1\nENV A=2 B=$A\n")]                                 // A existed before
    [InlineData("FROM alpine:3.20\nARG A=1\nENV A=2 B=${A}\n")]
    [InlineData("FROM alpine:3.20\nENV A=1 B=\\$A\n")]                                        // escaped
    [InlineData("FROM alpine:3.20\nENV A=1 B='$A'\n")]                                        // single-quoted
    [InlineData("FROM alpine:3.20\nENV A=1 B=$AB\n")]                                         // another name
    [InlineData("FROM alpine:3.20 AS base\nENV A=1\nFROM base\nENV A=2 B=$A\n")]              // inherited
    public void Valid(string dockerfile) => RuleTester.Valid<DL3044EnvSelfReference>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nENV APP_HOME=/opt/app APP_BIN=[|$APP_HOME|]/bin\n")]
    [InlineData("FROM alpine:3.20\nENV B=[|${A}|]/x A=1\n")]                                   // defined later in the line
    [InlineData("FROM alpine:3.20\nENV A=1 B=\"[|${A:-0}|]\"\n")]                              // modifier form
    [InlineData("FROM alpine:3.20\nENV A=1 \\\n    B=[|$A|]:[|$A|]\n")]
    [InlineData("FROM alpine:3.20\nONBUILD ENV A=1 B=[|$A|]\n")]
    [InlineData("FROM alpine:3.20\nENV A=1\nFROM alpine:3.20\nENV A=2 B=[|$A|]\n")]           // other stage's ENV does not count
    public void Invalid(string marked) => RuleTester.Invalid<DL3044EnvSelfReference>(marked);
}
