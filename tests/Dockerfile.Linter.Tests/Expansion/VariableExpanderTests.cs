using Dockerfile.Linter.Expansion;

namespace Dockerfile.Linter.Tests.Expansion;

public class VariableExpanderTests
{
    private static readonly VariableEnvironment Env = VariableEnvironment.FromStrings(["A=1", "EMPTY=", "PATHV=/usr/local/bin:/usr/bin", "FILE=archive.tar.gz"]);

    [Theory]
    [InlineData("${FILE%.*}", "archive.tar")]
    [InlineData("${FILE%%.*}", "archive")]
    [InlineData("${FILE#*.}", "tar.gz")]
    [InlineData("${FILE##*.}", "gz")]
    [InlineData("${PATHV//:/ }", "/usr/local/bin /usr/bin")]
    [InlineData("${PATHV/\\/usr/X}", "X/local/bin:/usr/bin")]
    [InlineData("${FILE/tar/$A}", "archive.1.gz")]
    [InlineData("${FILE//a/<$0>}", "<>rchive.t<>r.gz")] // $0 is expanded (unset) before the replacement is used
    [InlineData("${NOPE:-${A}x}", "1x")]
    [InlineData("${EMPTY-d}|${EMPTY:-d}|${EMPTY+s}|${EMPTY:+s}", "|d|s|")]
    [InlineData("pre\\ fix", "pre fix")]
    public void Expands_patterns_and_defaults(string word, string expected)
    {
        var result = VariableExpander.Default.ExpandWord(word, Env);
        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("${}", ExpansionErrorKind.BadSubstitution)]
    [InlineData("${A:=x}", ExpansionErrorKind.UnsupportedModifier)]
    [InlineData("${#A}", ExpansionErrorKind.UnsupportedModifier)]
    [InlineData("${NOPE?}", ExpansionErrorKind.RequiredVariableMissing)]
    [InlineData("${EMPTY:?must}", ExpansionErrorKind.RequiredVariableMissing)]
    [InlineData("'open", ExpansionErrorKind.UnterminatedQuote)]
    [InlineData("\"open", ExpansionErrorKind.UnterminatedQuote)]
    [InlineData("${A:-x", ExpansionErrorKind.MissingDelimiter)]
    [InlineData("${A/x", ExpansionErrorKind.MissingDelimiter)]
    [InlineData("${A#\\a}", ExpansionErrorKind.InvalidPattern)]
    public void Reports_error_kinds(string word, ExpansionErrorKind kind)
    {
        var result = VariableExpander.Default.ExpandWord(word, Env);
        Assert.False(result.Success);
        Assert.Null(result.Value);
        Assert.Equal(kind, result.Error!.Kind);
        Assert.StartsWith("failed to process \"", result.Error.Message);
        Assert.EndsWith(result.Error.Detail, result.Error.Message);
    }

    [Fact]
    public void Required_variable_message_matches_buildkit()
    {
        Assert.Equal("NOPE: is not allowed to be unset", VariableExpander.Default.ExpandWord("${NOPE?}", Env).Error!.Detail);
        Assert.Equal("EMPTY: is not allowed to be empty", VariableExpander.Default.ExpandWord("${EMPTY:?}", Env).Error!.Detail);
        Assert.Equal("NOPE: custom text", VariableExpander.Default.ExpandWord("${NOPE:?custom text}", Env).Error!.Detail);
    }

    [Fact]
    public void Referenced_and_unresolved_names_in_lookup_order()
    {
        // BuildKit expands the modifier word before looking up the variable itself: D before C.
        var result = VariableExpander.Default.ExpandWord("$B ${A} ${C:-$D} $B $EMPTY", Env);
        Assert.Equal(["B", "A", "D", "C", "EMPTY"], result.ReferencedNames.ToArray());
        Assert.Equal(["B", "D", "C"], result.UnresolvedNames.ToArray());
        Assert.Equal(["Y", "X"], VariableExpander.Default.GetReferencedNames("${X:+$Y}").ToArray());
    }

    [Fact]
    public void Names_referenced_before_an_error_are_reported()
    {
        var result = VariableExpander.Default.ExpandWord("$FIRST ${}", Env);
        Assert.False(result.Success);
        Assert.Equal(["FIRST"], result.UnresolvedNames.ToArray());
    }

    [Fact]
    public void Word_splitting_keeps_quoted_parts_together()
    {
        var env = VariableEnvironment.FromStrings(["PORTS=80/tcp  443"]);
        var result = VariableExpander.Default.ExpandWords("${PORTS} \"${PORTS}\" 8080", env);
        Assert.Equal(["80/tcp", "443", "80/tcp  443", "8080"], result.Words.ToArray());
    }

    [Fact]
    public void Backtick_escape_leaves_backslashes_alone()
    {
        var env = VariableEnvironment.FromStrings(["DIR=app"]);
        var result = VariableExpander.Backtick.ExpandWord("C:\\$DIR\\bin `$DIR", env);
        Assert.Equal("C:\\app\\bin $DIR", result.Value);
        Assert.Same(VariableExpander.Backtick, VariableExpander.For('`'));
        Assert.Same(VariableExpander.Default, VariableExpander.For('\\'));
    }

    [Fact]
    public void Heredoc_mode_keeps_quotes_and_consumes_escapes()
    {
        var result = VariableExpander.Default.ExpandHeredocBody("echo '$A' \"$A\" \\$A a\\tb\n", Env);
        Assert.Equal("echo '1' \"1\" $A atb\n", result.Value);
    }

    [Fact]
    public void Environment_is_immutable_ordered_and_optionally_case_insensitive()
    {
        var env = VariableEnvironment.Empty.With("B", "1").With("A", "2").With("B", "3");
        Assert.Equal(["B", "A"], env.Names);
        Assert.True(env.TryGetValue("B", out var b));
        Assert.Equal("3", b);
        Assert.False(env.TryGetValue("b", out _));
        Assert.Equal(0, VariableEnvironment.Empty.Count);
        Assert.False(env.Without("B").Contains("B"));
        Assert.Equal(["A"], env.Without("B").Names);

        var windows = VariableEnvironment.EmptyCaseInsensitive.With("Path", "C:\\").With("PATH", "D:\\");
        Assert.True(windows.IsCaseInsensitive);
        Assert.Equal(1, windows.Count);
        Assert.True(windows.TryGetValue("path", out var p));
        Assert.Equal("D:\\", p);
        Assert.Equal("D:\\", VariableExpander.Default.ExpandWord("$path", windows).Value);
    }

    [Fact]
    public void Environment_from_strings_and_pairs()
    {
        var env = VariableEnvironment.FromStrings(["A=x=y", "NOEQ"]);
        Assert.True(env.TryGetValue("A", out var a));
        Assert.Equal("x=y", a);
        Assert.True(env.Contains("NOEQ"));
        var pairs = VariableEnvironment.From([new KeyValuePair<string, string>("K", "v")]);
        Assert.Equal([new KeyValuePair<string, string>("K", "v")], pairs.Variables);
    }
}
