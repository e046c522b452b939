using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2216PipeToNonReaderTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN find /tmp -name '*.log' | xargs rm -f\n")]
    [InlineData("FROM debian:12\nRUN echo x | cat\n")]
    [InlineData("FROM debian:12\nRUN rm -f /x | tee log\n")]
    [InlineData("FROM debian:12\nRUN echo x | mkdir -p /y\n")]
    [InlineData("FROM debian:12\nRUN echo x | true\n")]
    [InlineData("FROM debian:12\nRUN a || rm /x\n")]
    // The first command inside a compound element: the compound reads the pipe, not cd.
    [InlineData("FROM debian:12\nRUN tar cf - .$i | ( cd /data-template && tar xf - )\n")]
    [InlineData("FROM debian:12\nRUN tar cf - . | { cd /data && tar xf -; }\n")]
    // A substitution may read the input.
    [InlineData("FROM debian:12\nRUN find /x | rm $(cat)\n")]
    [InlineData("FROM debian:12\nRUN echo x | sudo rm /y\n")]
    [InlineData("FROM debian:12\nRUN [\"sh\", \"-c\", \"echo x | rm\"]\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2216PipeToNonReader>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN find /var/cache -name '*.bin' | [|rm -f|]\n")]
    [InlineData("FROM debian:12\nRUN yum-config-manager --save | [|echo \"x\"|]\n")]
    [InlineData("FROM debian:12\nRUN ABC=123 echo test | npm ci | [|DEF=456 echo lol|]\n")]
    [InlineData("FROM debian:12\nRUN a | tee x | [|mv a b|]\n")]
    [InlineData("FROM debian:12\nRUN ls | \\\n    [|/bin/chmod +x|]\n")]
    [InlineData("FROM debian:12\nRUN sh -c 'ls | [|kill|]'\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2216PipeToNonReader>(marked);

    [Fact]
    public void Echo_is_pointed_at_cat()
    {
        var d = Assert.Single(RuleTester.Diagnostics<SC2216PipeToNonReader>("FROM debian:12\nRUN ls | echo\n"));
        Assert.Contains("'cat'", d.Message);
    }
}
