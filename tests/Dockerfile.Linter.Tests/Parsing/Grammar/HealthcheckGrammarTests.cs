using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Parsing.Grammar;
using Dockerfile.Linter.Syntax;
using static Dockerfile.Linter.Tests.Parsing.Grammar.GrammarAssert;

namespace Dockerfile.Linter.Tests.Parsing.Grammar;

public class HealthcheckGrammarTests
{
    [Theory]
    [InlineData("30s", 30_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("1.5h", 5_400_000)]
    [InlineData("250ms", 250)]
    [InlineData(".5s", 500)]
    [InlineData("1.s", 1_000)]
    [InlineData("1500us", 1.5)]
    [InlineData("1500µs", 1.5)]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    [InlineData("0s", 0)]
    public void Go_durations_are_read(string text, double milliseconds)
    {
        var value = HealthcheckGrammar.DurationValue("interval", text, out var error, out _);
        Assert.Null(error);
        Assert.Equal(milliseconds, value!.Value.TotalMilliseconds);
    }

    [Theory]
    [InlineData("abc", "time: invalid duration \"abc\"")]
    [InlineData(".", "time: invalid duration \".\"")]
    [InlineData("10", "time: missing unit in duration \"10\"")]
    [InlineData("00", "time: missing unit in duration \"00\"")]
    [InlineData("1s2", "time: missing unit in duration \"1s2\"")]
    [InlineData("10x", "time: unknown unit \"x\" in duration \"10x\"")]
    [InlineData("10S", "time: unknown unit \"S\" in duration \"10S\"")]
    [InlineData("99999999999h", "time: invalid duration \"99999999999h\"")]
    [InlineData("10us", "Interval \"interval\" cannot be less than 1ms")]
    [InlineData("-5s", "Interval \"interval\" cannot be less than 1ms")]
    public void Durations_BuildKit_refuses_get_its_words(string text, string message)
    {
        Assert.Null(HealthcheckGrammar.DurationValue("interval", text, out var error, out _));
        Assert.Equal(message, error);
    }

    [Fact]
    public void A_duration_that_is_no_number_says_where()
    {
        var failure = Fails(HealthcheckGrammar.Duration, "+x");
        Assert.Equal((1, "a number"), (failure.Offset, failure.Expected));
    }

    [Theory]
    [InlineData("3", 3, null)]
    [InlineData("+0", 0, null)]
    [InlineData("-1", null, "--retries cannot be negative (-1)")]
    [InlineData("three", null, "strconv.ParseInt: parsing \"three\": invalid syntax")]
    [InlineData("3.5", null, "strconv.ParseInt: parsing \"3.5\": invalid syntax")]
    [InlineData("4294967296", null, "strconv.ParseInt: parsing \"4294967296\": value out of range")]
    public void Retries_are_whole_numbers(string text, int? retries, string? message)
    {
        Assert.Equal(retries, HealthcheckGrammar.RetriesValue(text, out var error, out _));
        Assert.Equal(message, error);
    }

    [Fact]
    public void The_type_word_and_the_command_start()
    {
        var head = Parses(HealthcheckGrammar.Head, "CMD  curl -f x");
        Assert.Equal(("CMD", 0, 3, 5), (head.Type.Value, head.Type.Start, head.Type.End, head.CommandStart));
        Assert.Equal((0, "NONE or CMD"), (Fails(HealthcheckGrammar.Head, "").Offset, Fails(HealthcheckGrammar.Head, "").Expected));
    }

    private static HealthcheckInstruction Healthcheck(string text) =>
        Assert.IsType<HealthcheckInstruction>(DockerfileParser.Parse("FROM alpine\n" + text + "\n").Instructions[1]);

    [Fact]
    public void The_node_carries_the_options_values()
    {
        var node = Healthcheck("HEALTHCHECK --interval=1m30s --timeout=3s --start-period=0 --start-interval=500ms --retries=3 CMD curl -f x");
        Assert.Equal((TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(3), TimeSpan.Zero, TimeSpan.FromMilliseconds(500), 3),
            (node.Interval, node.Timeout, node.StartPeriod, node.StartInterval, node.Retries));
        Assert.Equal("curl -f x", Assert.IsType<ShellForm>(node.Command).Text);
        Assert.Empty(node.Refusals);
    }

    [Theory]
    [InlineData("HEALTHCHECK --interval=abc NONE")]
    [InlineData("HEALTHCHECK --interval=$EVERY CMD true")]
    [InlineData("HEALTHCHECK --interval= CMD true")]
    public void Options_BuildKit_does_not_read_are_not_judged(string text)
    {
        var node = Healthcheck(text);
        Assert.Empty(node.Refusals);
        Assert.Null(node.Interval);
    }

    [Fact]
    public void A_refused_value_says_what_was_expected_where()
    {
        var node = Healthcheck("HEALTHCHECK --interval=x5s CMD true");
        var refusal = Assert.Single(node.Refusals);
        Assert.Equal("time: invalid duration \"x5s\" (expected a number after HEALTHCHECK at 2:24)", refusal.Message);
        Assert.Equal(new TextSpan(35, 3), refusal.Span);
    }

    [Fact]
    public void Unknown_types_are_refused_with_BuildKit_words()
    {
        var refusal = Assert.Single(Healthcheck("HEALTHCHECK connect TCP 7000").Refusals);
        Assert.Equal("Unknown type \"CONNECT\" in HEALTHCHECK (try CMD) (expected NONE or CMD after HEALTHCHECK at 2:13)", refusal.Message);
    }

    [Fact]
    public void Exec_form_commands_are_read_as_JSON()
    {
        var node = Healthcheck("healthcheck cmd [\"curl\", \"-f\", \"x\"]");
        Assert.True(node.IsJsonForm);
        Assert.Equal(["curl", "-f", "x"], Assert.IsType<ExecForm>(node.Command).Elements.Select(e => e.Text));
    }
}
