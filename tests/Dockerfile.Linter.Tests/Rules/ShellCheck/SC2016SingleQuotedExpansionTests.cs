using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

public class SC2016SingleQuotedExpansionTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN echo \"$HOME\"\n")]
    [InlineData("FROM debian:12\nRUN awk '{print $1}' file\n")]
    [InlineData("FROM debian:12\nRUN sh -c 'echo $x'\n")]
    [InlineData("FROM debian:12\nRUN sudo -u app bash -c 'echo $HOME'\n")]
    [InlineData("FROM debian:12\nRUN find . -exec sh -c 'echo $1' _ {} +\n")]
    [InlineData("FROM debian:12\nRUN sed -i 's/a$/b/' f\n")]
    [InlineData("FROM debian:12\nRUN echo 'costs $ 5'\n")]
    [InlineData("FROM debian:12\nRUN PS1='$ ' && echo ok\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<SC2016SingleQuotedExpansion>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN echo [|'export PATH=$HOME/bin:$PATH'|] >> /root/.profile\n")]
    [InlineData("FROM debian:12\nRUN curl -H [|'Authorization: Bearer ${TOKEN}'|] https://example.com\n")]
    [InlineData("FROM debian:12\nRUN x=[|'$(date)'|] && echo \"$x\"\n")]
    [InlineData("FROM debian:12\nRUN sed -i [|'s/x/${a}/'|] f\n")]
    [InlineData("FROM debian:12\nRUN echo a && \\\n    echo [|'`date`'|]\n")]
    public void Invalid(string marked) => RuleTester.Invalid<SC2016SingleQuotedExpansion>(marked);
}
