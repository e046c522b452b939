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
    public void Valid(string dockerfile) => RuleTester.Valid<DL3067CopyWholeFilesystem>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nCOPY --from=b [|/|] /\n")]
    [InlineData("FROM scratch\nCOPY --link --from=busybox:1 [|\"/\"|] \"/\"\n")]
    [InlineData("FROM scratch\nCOPY --from=tonistiigi/xx:1 [[|\"/\"|], \"/\"]\n")]
    [InlineData("FROM alpine:3.20 AS b\nFROM scratch\nENV ROOT=/\nCOPY --from=b [|$ROOT|] $ROOT\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DL3067CopyWholeFilesystem>(marked);
}
