using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Parsing.Grammar;
using Dockerfile.Linter.Syntax;
using static Dockerfile.Linter.Tests.Parsing.Grammar.GrammarAssert;

namespace Dockerfile.Linter.Tests.Parsing.Grammar;

public class OnbuildGrammarTests
{
    [Theory]
    [InlineData("RUN make", "RUN")]
    [InlineData("copy --from=b x y", "copy")]
    [InlineData("HEALTHCHECK\tNONE", "HEALTHCHECK")]
    [InlineData("ONBUILD RUN x", "ONBUILD")]
    public void The_trigger_is_its_keyword_and_the_rest(string input, string keyword)
    {
        var trigger = Parses(OnbuildGrammar.Trigger, input);
        Assert.Equal((keyword, 0, keyword.Length), (trigger.Keyword.Value, trigger.Keyword.Start, trigger.Keyword.End));
        Assert.Equal(input.Length, trigger.End);
    }

    [Fact]
    public void A_missing_trigger_expects_an_instruction()
    {
        var failure = Fails(OnbuildGrammar.Trigger, "");
        Assert.Equal((0, "an instruction"), (failure.Offset, failure.Expected));
    }

    [Theory]
    [InlineData("ONBUILD RUN x")]
    [InlineData("from b")]
    [InlineData("Maintainer me")]
    public void Onbuild_from_and_maintainer_are_not_allowed_triggers(string input)
    {
        var failure = Fails(OnbuildGrammar.AllowedTrigger, input);
        Assert.Equal((0, "an instruction other than ONBUILD, FROM or MAINTAINER"), (failure.Offset, failure.Expected));
    }

    [Theory]
    [InlineData("RUN x")]
    [InlineData("FROMAGE x")]
    [InlineData("onbuilder")]
    public void Other_keywords_are_allowed_triggers(string input) =>
        Assert.Equal(input.Split(' ')[0], Parses(OnbuildGrammar.AllowedTrigger, input).Keyword.Value);

    [Theory]
    [InlineData("ONBUILD ONBUILD RUN x", "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", 15)]
    [InlineData("ONBUILD from b", "FROM isn't allowed as an ONBUILD trigger", 15)]
    [InlineData("onbuild  MAINTAINER me", "MAINTAINER isn't allowed as an ONBUILD trigger", 16)]
    public void The_node_carries_BuildKit_refusal_and_the_expected_set(string line, string buildKitText, int keywordStart)
    {
        var onbuild = Onbuild(line);
        var refusal = Assert.Single(onbuild.Refusals);
        int column = keywordStart - "FROM a\n".Length + 1;
        Assert.Equal($"{buildKitText} (expected an instruction other than ONBUILD, FROM or MAINTAINER after ONBUILD at 2:{column})", refusal.Message);
        Assert.Equal(keywordStart, refusal.Span.Start);
        Assert.Equal(ParseDiagnosticIds.OnbuildTriggerRefused, refusal.Id);
        // BuildKit's parser still nests the trigger; only its instruction layer refuses it
        Assert.NotNull(onbuild.Trigger);
    }

    [Fact]
    public void The_trigger_node_spans_from_its_keyword()
    {
        var onbuild = Onbuild("ONBUILD   COPY . /app");
        Assert.Empty(onbuild.Refusals);
        var copy = Assert.IsType<CopyInstruction>(onbuild.Trigger);
        Assert.Equal(new TextSpan(17, 11), copy.Span);
        Assert.Equal("/app", copy.Destination!.Text);
    }

    [Fact]
    public void An_empty_onbuild_is_refused_with_the_expected_set()
    {
        var onbuild = Onbuild("ONBUILD");
        Assert.Null(onbuild.Trigger);
        Assert.Equal("ONBUILD requires at least one argument (expected an instruction after ONBUILD at 2:8)", Assert.Single(onbuild.Refusals).Message);
    }

    [Fact]
    public void A_forbidden_trigger_is_reported_once_by_DL3043_not_again_by_DL1000()
    {
        var result = new DockerfileLinter(new LintOptions { Enable = { "DL1000", "DL3043" } }).Lint("FROM a:1\nONBUILD FROM b\n");
        Assert.Equal(["DL3043"], result.Diagnostics.Where(d => d.Code is "DL1000" or "DL3043").Select(d => d.Code));
    }

    private static OnbuildInstruction Onbuild(string line) =>
        Assert.IsType<OnbuildInstruction>(DockerfileParser.Parse("FROM a\n" + line + "\n").Instructions[1]);
}
