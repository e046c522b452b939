using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC3001ProcessSubstitutionTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN sort a | diff - b && echo '<(x)' < in > out\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN diff <(ssh-add -L) <(cat /k.pub)\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC3001ProcessSubstitution>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN --mount=type=ssh diff [|<(ssh-add -L)|] [|<(cat /compose/fake_rsa.pub)|]\n")]
    [InlineData("FROM debian:12\nRUN tee [|>(gzip > /a.gz)|] < /f\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC3001ProcessSubstitution>(marked);
}
