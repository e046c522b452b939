using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Style;

public class DF1202LongAndChainTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN a && b && c\n")]
    [InlineData("FROM debian:12\nRUN a && b \\\n    && c && d\n")]
    [InlineData("FROM debian:12\nRUN a; b; c; d; e\n")]                               // not an && chain
    [InlineData("FROM debian:12\nRUN a || b || c || d\n")]
    [InlineData("FROM debian:12\nRUN x=$(a && b && c && d)\n")]                      // command substitution
    [InlineData("FROM debian:12\nRUN sh -c 'a && b && c && d'\n")]                   // sh -c argument
    [InlineData("FROM debian:12\nSHELL [\"pwsh\", \"-c\"]\nRUN a && b && c && d\n")]  // not a POSIX shell
    public void Valid(string dockerfile) => RuleTester.Valid<DF1202LongAndChain>(dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|a && b && c && d|]\n")]
    [InlineData("FROM debian:12\nRUN set -e \\\n    && [|a && b && c && d|] \\\n    && e\n")]
    [InlineData("FROM debian:12\nRUN a; [|b && c && d && e|]\n")]
    [InlineData("FROM debian:12\nONBUILD RUN [|a && b && c && d|]\n")]
    [InlineData("FROM debian:12 AS base\nFROM base\nRUN [|a && b && c && d|]\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n[|a && b && c && d|]\nEOF\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF1202LongAndChain>(marked);

    [Fact]
    public void The_limit_is_configurable()
    {
        var options = new LintOptions { RuleSettings = { ["DF1202"] = new Dictionary<string, string> { ["MAX-COMMANDS"] = "4" } } };
        RuleTester.Valid<DF1202LongAndChain>("FROM debian:12\nRUN a && b && c && d\n", options);
        RuleTester.Invalid<DF1202LongAndChain>("FROM debian:12\nRUN [|a && b && c && d && e|]\n", options);
    }

    [Fact]
    public void Message_counts_the_commands() =>
        Assert.Equal("5 commands chained with '&&' on one line (limit 3); put each on its own continuation line",
            RuleTester.Diagnostics<DF1202LongAndChain>("FROM debian:12\nRUN a && b && c && d && e\n").Single().Message);
}
