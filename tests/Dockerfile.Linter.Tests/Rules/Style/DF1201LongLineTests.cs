using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Style;

public class DF1201LongLineTests
{
    private static readonly string Words = string.Join(" ", Enumerable.Repeat("word", 30));   // 149 characters

    private static LintOptions Limit(int max) => new()
    {
        RuleSettings = { ["long-line"] = new Dictionary<string, string> { ["max-length"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
    };

    [Fact]
    public void Short_lines_pass() => RuleTester.Valid<DF1201LongLine>("FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl\n");

    [Fact]
    public void A_single_unbreakable_word_is_not_reported() =>
        RuleTester.Valid<DF1201LongLine>("FROM debian:12\nRUN curl -fsSL https://example.com/" + new string('a', 130) + "\n");

    [Fact]
    public void Other_instructions_and_comments_are_not_reported() =>
        RuleTester.Valid<DF1201LongLine>("FROM debian:12\n# " + Words + "\nCOPY " + Words + " /dst/\nCMD echo " + Words + "\n");

    [Fact]
    public void Heredoc_bodies_are_not_reported() =>
        RuleTester.Valid<DF1201LongLine>("FROM debian:12\nRUN <<EOF\necho " + Words + "\nEOF\n");

    [Fact]
    public void The_part_past_the_limit_is_marked() =>
        RuleTester.Invalid<DF1201LongLine>("FROM debian:12\nRUN echo " + Words[..111] + "[|" + Words[111..] + "|]\n");

    [Fact]
    public void Continuation_lines_are_checked_on_their_own_line() =>
        RuleTester.Invalid<DF1201LongLine>("FROM debian:12\nRUN true \\\n    && echo " + Words[..108] + "[|" + Words[108..] + " \\|]\n    && true\n");

    [Fact]
    public void Env_label_and_onbuild_are_checked()
    {
        string value = "\"" + Words + "\"";
        RuleTester.Invalid<DF1201LongLine>("FROM debian:12\nENV A=" + value[..114] + "[|" + value[114..] + "|]\n");
        RuleTester.Invalid<DF1201LongLine>("FROM debian:12\nLABEL a=" + value[..112] + "[|" + value[112..] + "|]\n");
        RuleTester.Invalid<DF1201LongLine>("FROM debian:12\nONBUILD RUN echo " + Words[..103] + "[|" + Words[103..] + "|]\n");
    }

    [Fact]
    public void The_limit_is_configurable()
    {
        RuleTester.Invalid<DF1201LongLine>("FROM debian:12\nRUN echo one two [|three|]\n", Limit(17));
        RuleTester.Valid<DF1201LongLine>("FROM debian:12\nRUN echo " + Words + "\n", Limit(200));
        // A value the setting cannot use is refused when the linter is created, not silently replaced by the default.
        Assert.Throws<ArgumentException>(() => new DockerfileLinter(
            new LintOptions { RuleSettings = { ["DF1201"] = new Dictionary<string, string> { ["max-length"] = "nonsense" } } }));
    }

    [Fact]
    public void Message_gives_length_and_limit() =>
        Assert.Equal("Line is 158 characters long (limit 120); break it with line continuations",
            RuleTester.Diagnostics<DF1201LongLine>("FROM debian:12\nRUN echo " + Words + "\n").Single().Message);
}
