using System.Text;
using Dockerfile.Linter.Expansion;

namespace Dockerfile.Linter.Tests.Limits;

public class ExpansionLimitTests
{
    private static string Nested(int depth, string inner = "x") =>
        new StringBuilder().Insert(0, "${a:-", depth).Append(inner).Append('}', depth).ToString();

    [Fact]
    public void Nesting_up_to_the_limit_expands()
    {
        var result = SmallStack.Run(() => VariableExpander.Default.ExpandWord(Nested(64), VariableEnvironment.Empty));
        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal("x", result.Value);
    }

    [Theory]
    [InlineData(65)]
    [InlineData(100_000)]
    public void Deeper_nesting_is_an_error_not_a_stack_overflow(int depth)
    {
        var result = SmallStack.Run(() => VariableExpander.Default.ExpandWord(Nested(depth), VariableEnvironment.Empty));
        Assert.Equal(ExpansionErrorKind.TooDeep, result.Error?.Kind);
        Assert.Contains("64 levels", result.Error!.Message);
    }

    [Fact]
    public void Deep_nesting_in_a_replacement_pattern_is_an_error_too()
    {
        string word = "${a/" + Nested(100_000) + "/y}";
        var result = SmallStack.Run(() => VariableExpander.Default.ExpandWord(word, VariableEnvironment.Empty));
        Assert.Equal(ExpansionErrorKind.TooDeep, result.Error?.Kind);
    }

    [Fact]
    public void An_expansion_longer_than_the_limit_is_an_error()
    {
        var env = VariableEnvironment.FromStrings(["V=" + new string('a', 1000)]);
        string word = string.Concat(Enumerable.Repeat("$V", 1100));
        var result = VariableExpander.Default.ExpandWord(word, env);
        Assert.Equal(ExpansionErrorKind.TooLong, result.Error?.Kind);
        Assert.Null(result.Value);

        var fits = VariableExpander.Default.ExpandWord(string.Concat(Enumerable.Repeat("$V", 1000)), env);
        Assert.Equal(1_000_000, fits.Value!.Length);
    }

    [Fact]
    public void A_replace_all_that_would_exceed_the_limit_is_refused_before_it_is_built()
    {
        var env = VariableEnvironment.FromStrings(["V=" + new string('a', 5000), "W=" + new string('b', 5000)]);
        var result = VariableExpander.Default.ExpandWord("${V//?/$W}", env);
        Assert.Equal(ExpansionErrorKind.TooLong, result.Error?.Kind);
    }

    [Theory]
    [InlineData("ENV")]
    [InlineData("ARG")]
    [InlineData("LABEL")]
    [InlineData("WORKDIR")]
    public void Deep_nesting_in_an_instruction_is_reported_once_and_linting_completes(string keyword)
    {
        string value = keyword == "WORKDIR" ? Nested(11_000) : "k=" + Nested(11_000);
        string dockerfile = $"FROM alpine:3.20\n{keyword} {value}\nRUN echo ok\n";
        var result = SmallStack.Run(() => new DockerfileLinter().Lint(dockerfile));
        var limit = Assert.Single(result.Diagnostics, d => d.Code == "DF0003");
        Assert.Equal(2, limit.Location.Start.Line);
        Assert.Contains("nested deeper than 64 levels", limit.Message);
    }

    [Fact]
    public void An_expansion_bomb_is_cut_off_with_a_diagnostic()
    {
        var sb = new StringBuilder("FROM alpine:3.20\nENV V0=aaaaaaaaaa\n");
        for (int i = 1; i <= 9; i++)
            sb.Append($"ENV V{i}=").Append(string.Concat(Enumerable.Repeat($"${{V{i - 1}}}", 10))).Append('\n');
        sb.Append("RUN echo $V9 $V8 $V5\nLABEL x=$V5$V5\nWORKDIR /$V9\n");
        var result = new DockerfileLinter().Lint(sb.ToString());
        var limit = Assert.Single(result.Diagnostics, d => d.Code == "DF0003");
        Assert.Equal(8, limit.Location.Start.Line); // ENV V6: 10^7 characters
        Assert.Contains("longer than 1048576 characters", limit.Message);
    }
}
