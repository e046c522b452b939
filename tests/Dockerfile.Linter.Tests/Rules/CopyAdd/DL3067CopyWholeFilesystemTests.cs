using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.CopyAdd;

public class DL3067CopyWholeFilesystemTests
{
    [Theory]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nCOPY --from=b /out /\n")]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nCOPY --from=b / /rootfs\n")]
    [InlineData("FROM scratch\nCOPY / /\n")]                                                   // build context, not a stage
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nCOPY --from=b /etc / /\n")]
    [InlineData("FROM scratch\nONBUILD COPY --from=x:1 / /\n")]                                 // ONBUILD not checked, as in hadolint
    [InlineData("FROM alpine:3.20\nCOPY --from=tonistiigi/xx / /\n")]                        // the audit's reproducer
    [InlineData("FROM scratch\nCOPY --from=tonistiigi/xx:1 [\"/\", \"/\"]\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.6.1@sha256:923441d7c25f1e2eb5789f82d987693c47b8ed987c4ab3b075d6ed2b5d6779a3 AS xx\nFROM golang:1.23-alpine\nCOPY --from=xx / /\n")]
    [InlineData("ARG XX_VERSION=1.6.1\nFROM tonistiigi/xx:${XX_VERSION} AS xx\nFROM alpine:3.20\nCOPY --from=xx / /\n")]
    [InlineData("FROM alpine:3.20 AS b\nRUN mkdir /out\nFROM scratch AS artifacts\nCOPY --from=b /out /\nFROM alpine:3.20\nCOPY --from=artifacts / /\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DL3067CopyWholeFilesystem>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nCOPY --from=b [|/|] /\n")]
    [InlineData("FROM scratch\nCOPY --link --from=busybox:1 [|\"/\"|] \"/\"\n")]
    [InlineData("FROM alpine:3.20 AS b\nFROM b AS c\nFROM scratch\nCOPY --from=c [|/|] /\n")]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nENV ROOT=/\nCOPY --from=b [|$ROOT|] $ROOT\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3067CopyWholeFilesystem>(marked);
}
