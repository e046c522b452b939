using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2035GlobAsOptionTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN rm -- *.txt\n")]
    [InlineData("FROM debian:12\nRUN rm ./*.txt\n")]
    [InlineData("FROM debian:12\nRUN ls [ab].txt\n")]
    [InlineData("FROM debian:12\nRUN echo *\n")]
    [InlineData("FROM debian:12\nRUN printf '%s\\n' *\n")]
    [InlineData("FROM debian:12\nRUN cp a/* b\n")]
    [InlineData("FROM debian:12\nRUN rm \"*\".txt\n")]
    [InlineData("FROM debian:12\nRUN rm \\*.txt\n")]
    [InlineData("FROM debian:12\nRUN parallel gzip ::: *\n")]
    [InlineData("FROM debian:12\nRUN x=*.txt\n")]
    [InlineData("FROM debian:12\nRUN case $x in *.txt) :;; esac\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN [[ $x == *.txt ]] && echo y\n")]
    [InlineData("FROM debian:12\nRUN [\"rm\", \"*.txt\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2035GlobAsOption>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN rm [|*.txt|]\n")]
    [InlineData("FROM debian:12\nRUN ls [|??.txt|]\n")]
    [InlineData("FROM debian:12\nRUN chmod -R +x [|*|] && \\\n    chmod 755 [|*.jar|]\n")]
    [InlineData("FROM debian:12\nRUN sudo rm [|*.txt|]\n")]
    [InlineData("FROM debian:12\nRUN tar czf a.tgz [|*|]\n")]
    [InlineData("FROM debian:12\nRUN find /etc/apt/ -name [|*.list|] -delete\n")]
    [InlineData("FROM debian:12\nRUN sh -c 'rm [|*.o|]'\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2035GlobAsOption>(marked);

    [Fact]
    public void The_fix_prefixes_dot_slash_and_is_unsafe()
    {
        RuleTester.Fix<SC2035GlobAsOption>("FROM debian:12\nRUN chmod +x *.sh\n", "FROM debian:12\nRUN chmod +x ./*.sh\n");
        var d = Assert.Single(RuleTester.Diagnostics<SC2035GlobAsOption>("FROM debian:12\nRUN chmod +x *.sh\n"));
        Assert.Equal(FixSafety.Unsafe, d.Fix!.Safety);
    }
}
