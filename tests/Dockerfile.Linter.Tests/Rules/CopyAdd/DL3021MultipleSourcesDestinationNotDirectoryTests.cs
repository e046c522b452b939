using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.CopyAdd;

public class DL3021MultipleSourcesDestinationNotDirectoryTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nCOPY a b /app/\n")]
    [InlineData("FROM alpine:3.20\nCOPY a /app\n")]
    [InlineData("FROM alpine:3.20\nCOPY *.json /app\n")]                                       // one (glob) source
    [InlineData("FROM alpine:3.20\nARG DEST=/app/\nCOPY a b $DEST\n")]
    [InlineData("FROM alpine:3.20\nARG DEST\nCOPY a b $DEST\n")]                              // unknown: silent
    [InlineData("FROM alpine:3.20\nCOPY [\"a\", \"b\", \"/app/\"]\n")]
    [InlineData("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY a b C:\\\\app\\\\\n")]
    [InlineData("FROM alpine:3.20\nWORKDIR /src\nCOPY CMakeLists.txt CMakePresets.json .\n")] // ollama: BuildKit copies into "."
    [InlineData("FROM alpine:3.20\nWORKDIR /src/app\nCOPY a b ..\n")]
    [InlineData("FROM alpine:3.20\nWORKDIR /src\nCOPY a b ./.\n")]
    [InlineData("FROM alpine:3.20\nCOPY a b /app/..\n")]
    [InlineData("FROM alpine:3.20\nCOPY [\"a\", \"b\", \".\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3021MultipleSourcesDestinationNotDirectory>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nCOPY a b [|/app|]\n")]
    [InlineData("FROM alpine:3.20\nCOPY --from=build a \\\n  b \\\n  [|/app|]\n")]
    [InlineData("FROM alpine:3.20\nADD a.tar.gz b.tar.gz [|/opt|]\n")]                          // ADD too
    [InlineData("FROM alpine:3.20\nENV DEST=/srv\nCOPY a b [|$DEST|]\n")]
    [InlineData("FROM alpine:3.20\nCOPY [\"a\", \"b\", [|\"/app\"|]]\n")]
    [InlineData("FROM alpine:3.20\nCOPY <<A <<B [|/etc/x|]\na\nA\nb\nB\n")]
    [InlineData("FROM alpine:3.20\nONBUILD COPY a b [|/app|]\n")]
    [InlineData("FROM alpine:3.20\nWORKDIR /src\nCOPY a b [|.app|]\n")]                 // a hidden name, not "."
    public void Invalid(string marked) => RuleTester.Invalid<DL3021MultipleSourcesDestinationNotDirectory>(marked);

    [Fact]
    public void Fix_appends_a_slash() =>
        RuleTester.Fix<DL3021MultipleSourcesDestinationNotDirectory>("FROM alpine:3.20\nCOPY a b /app\r\n",
            "FROM alpine:3.20\nCOPY a b /app/\n");

    [Fact]
    public void No_fix_for_json_or_variables()
    {
        Assert.Null(RuleTester.Diagnostics<DL3021MultipleSourcesDestinationNotDirectory>("FROM a:1\nCOPY [\"a\", \"b\", \"/app\"]\n").Single().Fix);
        Assert.Null(RuleTester.Diagnostics<DL3021MultipleSourcesDestinationNotDirectory>("FROM a:1\nENV D=/x\nCOPY a b $D\n").Single().Fix);
    }
}
