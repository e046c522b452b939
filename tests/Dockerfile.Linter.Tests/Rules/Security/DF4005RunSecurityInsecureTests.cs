using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Security;

public class DF4005RunSecurityInsecureTests
{
    [Theory]
    [InlineData("FROM alpine:3.20\nRUN --security=sandbox ls\n")]
    [InlineData("FROM alpine:3.20\nRUN --network=host ls\n")]
    [InlineData("FROM alpine:3.20\nRUN echo --security=insecure\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF4005RunSecurityInsecure>(dockerfile);

    [Theory]
    [InlineData("FROM alpine:3.20\nRUN [|--security=insecure|] mount -t tmpfs none /mnt\n")]
    [InlineData("FROM alpine:3.20\nRUN --network=none [|--security=insecure|] ls\n")]
    [InlineData("FROM alpine:3.20\nONBUILD RUN [|--security=insecure|] ls\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF4005RunSecurityInsecure>(marked);
}
