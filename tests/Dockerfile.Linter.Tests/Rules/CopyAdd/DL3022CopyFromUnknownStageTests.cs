using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.CopyAdd;

public class DL3022CopyFromUnknownStageTests
{
    [Theory]
    [InlineData("FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\n")]
    [InlineData("FROM alpine:3.20 AS Build\nFROM alpine:3.20\nCOPY --from=build /a /a\n")]       // case-insensitive
    [InlineData("FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=0 /a /a\n")]                    // index of an earlier stage
    [InlineData("FROM alpine:3.20\nCOPY --from=nginx:1.27 /a /a\n")]
    [InlineData("FROM alpine:3.20\nCOPY --from=docker.io/library/busybox /bin/sh /sh\n")]       // image with a path
    [InlineData("FROM alpine:3.20\nCOPY --from=busybox@sha256:abc /bin/sh /sh\n")]
    [InlineData("ARG SRC=a\nFROM alpine:3.20 AS a\nFROM scratch\nARG SRC\nCOPY --from=$SRC /f /\n")]   // resolved
    [InlineData("FROM alpine:3.20\nARG SRC\nCOPY --from=$SRC /f /\n")]                          // unknown: silent
    [InlineData("FROM alpine:3.20\nONBUILD COPY --from=assets /a /a\n")]                       // ONBUILD: another build
    public void Valid(string dockerfile) => RuleTester.Valid<DL3022CopyFromUnknownStage>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=[|biuld|] /a /a\n")]
    [InlineData("FROM alpine:3.20\nCOPY --from=[|0|] /a /a\n")]                                  // its own index
    [InlineData("FROM alpine:3.20\nCOPY --from=[|later|] /a /a\nFROM alpine:3.20 AS later\n")]   // defined later
    [InlineData("FROM alpine:3.20\nCOPY --from=[|alpine|] /etc/apk/arch /root/\n")]              // untagged image name
    [InlineData("FROM alpine:3.20\nCOPY --chown=1:1 \\\n  --from=[|stage_two|] /a /a\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3022CopyFromUnknownStage>(marked);
}
