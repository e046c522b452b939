using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Configuration;

public class DF6006UndefinedVarTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nARG DIR=/app\nWORKDIR $DIR\n")]
    [InlineData("FROM alpine:3.20\nARG DIR\nWORKDIR $DIR\n")]                                    // declared without value
    [InlineData("FROM alpine:3.20\nENV DIR=/app\nCOPY . $DIR\n")]
    [InlineData("FROM alpine:3.20\nRUN echo $NOPE\nCMD echo $NOPE\nENTRYPOINT [\"sh\", \"-c\", \"$NOPE\"]\n")]   // shell text
    [InlineData("FROM alpine:3.20\nRUN <<EOF\necho $NOPE\nEOF\n")]                              // RUN heredoc: the shell's
    [InlineData("FROM alpine:3.20 AS base\nENV HOME_DIR=/srv\nARG V=1\nFROM base\nWORKDIR $HOME_DIR/$V\n")]   // parent stage
    [InlineData("ARG V=1\nFROM alpine:3.20\nARG V\nLABEL v=$V\n")]                                // global ARG re-declared
    [InlineData("FROM scratch\nENV PATH=/bin:$PATH\n")]                                            // PATH always exists
    [InlineData("FROM alpine:3.20\nENV PKG_CONFIG_PATH=/opt/lib:$PKG_CONFIG_PATH\n")]              // extends the base image's
    [InlineData("FROM alpine:3.20\nARG MODE=\"${MODE:-prod}\"\n")]                                // defaults what the image may set
    [InlineData("FROM golang:1.23\nWORKDIR $GOPATH/src\n")]                                       // commonly set by images
    [InlineData("FROM alpine:3.20\nWORKDIR $SOMETHING_FROM_THE_IMAGE\n")]                         // unknown base env
    [InlineData("FROM alpine:3.20\nCOPY --from=a $HTTP_PROXY /x\n")]                               // proxy argument
    [InlineData("FROM alpine:3.20\nARG A=1\nARG B=$A\n")]
    [InlineData("FROM alpine:3.20\nARG A=1 B=$A\n")]                                                // sequential within ARG
    [InlineData("FROM alpine:3.20\nCOPY <<'EOF' /x\n$NOPE\nEOF\n")]                                 // quoted delimiter
    [InlineData("FROM alpine:3.20\nLABEL a='$NOPE'\n")]                                             // single quotes
    [InlineData("FROM alpine:3.20\nONBUILD WORKDIR $LATER\nARG LATER=1\n")]                          // triggers run later
    [InlineData("FROM alpine:3.20 AS a\nENV A=1\nFROM a AS b\nENV B=2\nFROM b\nWORKDIR $A/${B}\n")]       // grandparent's names too
    public void Valid(string dockerfile) => RuleTester.Valid<DF6006UndefinedVar>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nARG APP_DIR=/srv/app\nWORKDIR [|$APP_DRI|]\n")]                 // typo of a visible name
    [InlineData("ARG VERSION=1\nFROM alpine:3.20\nLABEL version=[|$VERSION|]\n")]                   // global ARG not re-declared
    [InlineData("FROM alpine:3.20\nCOPY app-[|${TARGETARCH}|] /app\n")]                             // automatic ARG not declared
    [InlineData("FROM alpine:3.20\nWORKDIR [|$DIR|]\nENV DIR=/app\n")]                              // used before it is set
    [InlineData("FROM alpine:3.20\nENV A=1 B=[|$A|]\n")]                                            // same instruction: old env
    [InlineData("FROM scratch\nWORKDIR [|$ANYTHING|]\n")]                                           // scratch: everything known
    [InlineData("FROM scratch\nENV P=/opt:[|$PKG_CONFIG_PATH|]\n")]
    [InlineData("FROM scratch\nENV P=/opt:[|$P|]\nARG M=[|${M:-x}|]\n")]                            // scratch: no image environment
    [InlineData("FROM alpine:3.20\nARG USER_ID=1\nUSER [|$USERID|]\nVOLUME /data/[|$USERID|]\nSTOPSIGNAL [|$USERID|]\n")]
    [InlineData("FROM alpine:3.20\nARG OWNER=app\nCOPY --chown=[|$OWNR|] a /a\n")]
    [InlineData("FROM alpine:3.20\nARG NAME=x\nCOPY <<EOF /x\nhello [|$NAEM|]\nEOF\n")]              // COPY heredoc body
    [InlineData("FROM alpine:3.20\nARG CACHE=/c\nRUN --mount=type=cache,[|target=$CACH|] true\n")]
    [InlineData("FROM alpine:3.20 AS a\nARG V=1\nFROM alpine:3.20\nWORKDIR [|$V|]\n")]              // not a parent stage
    [InlineData("FROM alpine:3.20\nARG DIR=/a\nCOPY a \\\n  [|$DRI|]/\n")]                          // continuation line
    [InlineData("FROM alpine:3.20\nARG V=1\nLABEL \"x\"=\"[|$VV|]\"\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF6006UndefinedVar>(marked);

    [Fact]
    public void Message_suggests_a_visible_name() =>
        Assert.Equal("Usage of undefined variable '$APP_DRI' (did you mean $APP_DIR?)",
            RuleTester.Diagnostics<DF6006UndefinedVar>("FROM alpine:3.20\nARG APP_DIR=/a\nWORKDIR $APP_DRI\n").Single().Message);

    [Fact]
    public void An_unknown_name_next_to_known_ones_in_one_word_is_reported_alone() =>
        Assert.Equal(["Usage of undefined variable '$DIRR' (did you mean $DIR?)"],
            RuleTester.Diagnostics<DF6006UndefinedVar>("FROM alpine:3.20\nARG DIR=/a\nWORKDIR ${DIR:-$DIRR}/$DIR\n").Select(d => d.Message));

    [Fact]
    public void A_typo_of_a_name_from_the_grandparent_stage_is_reported() =>
        Assert.Equal(["Usage of undefined variable '$BB' (did you mean $B?)"],
            RuleTester.Diagnostics<DF6006UndefinedVar>("FROM alpine:3.20 AS a\nENV B=1\nFROM a AS b\nENV C=2\nFROM b\nWORKDIR $C/$BB\n").Select(d => d.Message));

    [Fact]
    public void Message_without_suggestion() =>
        Assert.Equal("Usage of undefined variable '$VERSION'",
            RuleTester.Diagnostics<DF6006UndefinedVar>("ARG VERSION=1\nFROM alpine:3.20\nLABEL v=$VERSION\n").Single().Message);
}
