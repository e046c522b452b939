using Dockerfile.Linter.Parsing.Grammar;
using static Dockerfile.Linter.Tests.Parsing.Grammar.GrammarAssert;

namespace Dockerfile.Linter.Tests.Parsing.Grammar;

/// <summary>USER, WORKDIR/STOPSIGNAL/MAINTAINER, ENV/LABEL/ARG pairs, COPY/ADD/VOLUME lists and command forms.</summary>
public class ArgumentGrammarTests
{
    [Theory]
    [InlineData("app", "app", null)]
    [InlineData("app:staff", "app", "staff")]
    [InlineData(":staff", "", "staff")]
    [InlineData("my user:my group", "my user", "my group")]
    public void USER_is_user_and_optional_group(string input, string user, string? group)
    {
        var parsed = Parses(UserGrammar.Argument, input);
        Assert.Equal((input, 0, input.Length), (parsed.Value.Value, parsed.Value.Start, parsed.Value.End));
        Assert.Equal((user, 0), (parsed.User.Value, parsed.User.Start));
        Assert.Equal(group, parsed.Group?.Value);
        if (parsed.Group is { } g) Assert.Equal(user.Length + 1, g.Start);
    }

    [Fact]
    public void Empty_USER_expects_a_user() =>
        Assert.Equal((0, "a user name or UID"), (Fails(UserGrammar.Argument, "").Offset, Fails(UserGrammar.Argument, "").Expected));

    [Fact]
    public void WORKDIR_takes_the_whole_rest()
    {
        var path = Parses(WholeArgumentGrammar.WorkdirPath, "/my dir");
        Assert.Equal(("/my dir", 0, 7), (path.Value, path.Start, path.End));
        Assert.Equal("a path", Fails(WholeArgumentGrammar.WorkdirPath, "").Expected);
        Assert.Equal("a signal name or number", Fails(WholeArgumentGrammar.Signal, "").Expected);
    }

    [Theory]
    [InlineData("a=b", "a", "b", 2)]
    [InlineData("\"a=b\"", "\"a", "b\"", 3)]
    [InlineData("a=", "a", "", 2)]
    [InlineData("=x", "", "x", 1)]
    public void A_pair_is_cut_at_its_first_equals(string input, string key, string value, int valueStart)
    {
        var pair = Parses(KeyValueGrammar.Pair, input);
        Assert.Equal((key, value, valueStart, false), (pair.Key.Value, pair.Value.Value, pair.Value.Start, pair.IsLegacy));
    }

    [Fact]
    public void A_word_without_equals_expects_one()
    {
        var failure = Fails(KeyValueGrammar.Pair, "abc");
        Assert.Equal((3, "'=' and a value"), (failure.Offset, failure.Expected));
    }

    [Fact]
    public void The_legacy_form_takes_the_rest_as_value()
    {
        var pair = Parses(KeyValueGrammar.LegacyPair, "ONE TWO= THREE=world");
        Assert.Equal(("ONE", "TWO= THREE=world", 4, true), (pair.Key.Value, pair.Value.Value, pair.Value.Start, pair.IsLegacy));
        var failure = Fails(KeyValueGrammar.LegacyPair, "ONE");
        Assert.Equal((3, "a value after the name"), (failure.Offset, failure.Expected));
    }

    [Theory]
    [InlineData("NAME", "NAME", null)]
    [InlineData("NAME=", "NAME", "")]
    [InlineData("NAME=a=b", "NAME", "a=b")]
    public void An_ARG_declaration_has_an_optional_default(string input, string name, string? value)
    {
        var declaration = Parses(KeyValueGrammar.Declaration, input);
        Assert.Equal((name, value), (declaration.Name.Value, declaration.Default?.Value));
    }

    [Fact]
    public void COPY_sources_and_destination()
    {
        const string input = "a  \"b c\" /dst/";
        var parsed = Parses(SourcesAndDestinationGrammar.Arguments, input);
        Assert.Equal(["a", "\"b", "c\""], parsed.Sources.Select(s => s.Value));
        Assert.Equal(("/dst/", 9, 14), (parsed.Destination.Value, parsed.Destination.Start, parsed.Destination.End));
    }

    [Theory]
    [InlineData("", 0, "a source")]
    [InlineData("onlyone", 7, "a destination")]
    public void COPY_without_a_destination_expects_one(string input, int offset, string expected)
    {
        var failure = Fails(SourcesAndDestinationGrammar.Arguments, input);
        Assert.Equal((offset, expected), (failure.Offset, failure.Expected));
    }

    [Fact]
    public void VOLUME_paths()
    {
        Assert.Equal(["/a", "/b"], Parses(SourcesAndDestinationGrammar.VolumePaths, "/a /b").Select(p => p.Value));
        Assert.Equal("a path", Fails(SourcesAndDestinationGrammar.VolumePaths, "").Expected);
    }

    [Fact]
    public void A_shell_form_command_is_the_rest() =>
        Assert.Equal("a command", Fails(CommandFormGrammar.ShellForm, "").Expected);
}

public class MountGrammarTests
{
    [Fact]
    public void Fields_split_at_commas_outside_double_quotes()
    {
        const string input = "type=cache,target=\"/a,b\",,ro";
        var fields = GrammarAssert.Parses(MountGrammar.Fields, input).ToList();
        Assert.Equal(["type=cache", "target=\"/a,b\"", "", "ro"], fields.Select(f => f.Value));
        Assert.Equal((11, 24), (fields[1].Start, fields[1].End));
    }

    [Theory]
    [InlineData("type=cache", "type", "cache")]
    [InlineData("ro", "ro", null)]
    [InlineData("a=b=c", "a", "b=c")]
    public void An_option_is_cut_at_its_first_equals(string input, string key, string? value) =>
        Assert.Equal(new MountOptionText(key, value), GrammarAssert.Parses(MountGrammar.Option, input));
}
