using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC3050PrintfQTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN printf '%s\\n' a && printf '100%%q' && printf x %q\n")]
    [InlineData("FROM debian:12\nRUN printf \"$FMT\" a\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN printf '%q\\n' a\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC3050PrintfQ>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN printf [|\"%q\\n\"|] lower: $quoted >> /arg-expansion.txt\n")]
    [InlineData("FROM debian:12\nRUN printf -- [|'a=%-10q'|] x\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC3050PrintfQ>(marked);
}
