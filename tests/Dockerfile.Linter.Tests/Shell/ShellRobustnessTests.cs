using Dockerfile.Linter.Tests.TestSupport;
using Dockerfile.Linter.Expansion;
using Dockerfile.Linter.Shell;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dockerfile.Linter.Tests.Shell;

public class ShellRobustnessTests
{
    private static readonly char[] Alphabet = "ab $(){}[]'\"`\\|&;<>#=-!*?\n\t~:+%/@0".ToCharArray();

    private static Arbitrary<string> ShellishStrings() =>
        Gen.ArrayOf(Gen.Elements(Alphabet)).Select(chars => new string(chars)).ToArbitrary();

    [SeededProperty(MaxTest = 500)]
    public Property Parser_never_throws_and_spans_stay_inside_the_text() =>
        Prop.ForAll(ShellishStrings(), text =>
        {
            var script = ShellParser.Parse(text);
            bool internalError = script.Errors.Any(e => e.Message.StartsWith("internal", StringComparison.Ordinal));
            bool spansOk = script.Commands.SelectMany(c => c.Words).All(w => w.Span.Start >= 0 && w.Span.End <= text.Length);
            _ = script.Commands.Select(c => (c.EffectiveName, c.Flags.Length, c.PositionalArguments.Length)).ToList();
            return !internalError && spansOk;
        });

    [SeededProperty(MaxTest = 500)]
    public Property Expander_never_throws() =>
        Prop.ForAll(ShellishStrings(), text =>
        {
            var env = VariableEnvironment.FromStrings(["a=1", "b=x y"]);
            var word = VariableExpander.Default.ExpandWord(text, env);
            var words = VariableExpander.Backtick.ExpandWords(text, env);
            var heredoc = VariableExpander.Default.ExpandHeredocBody(text, env);
            return (word.Success == (word.Value is not null)) && (words.Success || words.Words.IsEmpty) && heredoc is not null;
        });

    [Fact]
    public void Deep_nesting_is_cut_off_without_crashing()
    {
        string deep = string.Concat(Enumerable.Repeat("$(", 5000)) + "x" + new string(')', 5000);
        var script = ShellParser.Parse("echo " + deep);
        Assert.True(script.HasErrors);
        string parens = string.Concat(Enumerable.Repeat("( ", 5000)) + "x" + new string(')', 5000);
        Assert.True(ShellParser.Parse(parens).HasErrors);
    }
}
