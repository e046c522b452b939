using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Parsing;

/// <summary>Tricky corners of BuildKit's parser, asserted with exact spans.</summary>
public class ParserCornerCaseTests
{
    private static string At(DockerfileSyntax s, TextSpan span) => s.Source.GetText(span);

    [Fact]
    public void Continuation_keeps_indentation_and_maps_back_to_the_file()
    {
        const string text = "RUN echo hello\\\n  world\n";
        var s = DockerfileParser.Parse(text);
        var run = Assert.IsType<RunInstruction>(Assert.Single(s.Instructions));
        var shell = Assert.IsType<ShellForm>(run.Command);
        Assert.Equal("echo hello  world", shell.Text);
        Assert.Equal(text.IndexOf("world", StringComparison.Ordinal), shell.Map.ToSource(shell.Text.IndexOf('w')));
        Assert.Equal("echo hello\\\n  world", At(s, shell.Span));
        Assert.Equal((1, 2), (run.StartLine, run.EndLine));
        Assert.Equal(new TextSpan(0, text.Length), run.FullSpan);
    }

    [Theory]
    [InlineData("RUN a \\\\\nRUN b\n", 2)]
    [InlineData("RUN b \\\\\\\nRUN c\n", 2)]
    [InlineData("RUN a \\  \t\nRUN b\n", 1)]
    [InlineData("\\\nRUN b\n", 1)]
    public void Continuation_regex_semantics(string text, int instructions)
    {
        var s = DockerfileParser.Parse(text);
        Assert.Equal(instructions, s.Instructions.Length);
        Assert.Equal(text, s.ToFullString());
    }

    [Fact]
    public void Comment_lines_inside_a_continuation_are_dropped_but_covered()
    {
        const string text = "RUN a \\\n# note \\\n    b\n";
        var s = DockerfileParser.Parse(text);
        var run = Assert.Single(s.Instructions);
        Assert.Equal("RUN a     b", run.LogicalText);
        Assert.Empty(s.Comments);
        Assert.Equal(3, run.EndLine);
        Assert.Equal(TextSpan.FromBounds(0, text.Length - 1), run.Span);
    }

    [Fact]
    public void Empty_continuation_line_glues_the_next_instruction_and_warns_on_the_last_line()
    {
        const string text = "FROM a\nRUN p \\\n\nRUN q\n";
        var s = DockerfileParser.Parse(text);
        Assert.Equal(2, s.Instructions.Length);
        Assert.Equal("RUN p RUN q", s.Instructions[1].LogicalText);
        var warning = Assert.Single(s.Diagnostics);
        Assert.Equal(("empty-continuation", Severity.Warning), (warning.Id, warning.Severity));
        Assert.Equal("Empty continuation line found in: RUN p RUN q", warning.Message);
        Assert.Equal("RUN q", At(s, warning.Span));
    }

    [Fact]
    public void Crlf_bom_and_missing_final_newline_keep_exact_spans()
    {
        const string text = "\uFEFFFROM a\r\n  RUN b\r\nCMD c";
        var s = DockerfileParser.Parse(text);
        Assert.Equal(text, s.ToFullString());
        var (from, run, cmd) = (s.Instructions[0], s.Instructions[1], s.Instructions[2]);
        Assert.Equal(new TextSpan(1, 6), from.Span);
        Assert.Equal(new TextSpan(0, 9), from.FullSpan);
        Assert.Equal("RUN b", At(s, run.Span));
        Assert.Equal("  RUN b\r\n", s.Source.GetText(run.FullSpan));
        Assert.Equal("CMD c", s.Source.GetText(cmd.FullSpan));
    }

    [Fact]
    public void Lone_carriage_return_is_an_ordinary_character()
    {
        var s = DockerfileParser.Parse("CMD [\"a\"]\rRUN x\n");
        var cmd = Assert.IsType<CmdInstruction>(Assert.Single(s.Instructions));
        Assert.False(cmd.IsJsonForm);
        Assert.Equal("[\"a\"]\rRUN x", Assert.IsType<ShellForm>(cmd.Command).Text);
    }

    [Fact]
    public void Flags_remove_quotes_and_escapes_and_keep_raw_spans()
    {
        const string text = "COPY --from=\"x y\" --chown=a\\ b --link src dst\n";
        var s = DockerfileParser.Parse(text);
        var copy = Assert.IsType<CopyInstruction>(Assert.Single(s.Instructions));
        Assert.Equal(["from", "chown", "link"], copy.Flags.Select(f => f.Name));
        Assert.Equal(["x y", "a b", null], copy.Flags.Select(f => f.Value));
        Assert.Equal("--from", At(s, copy.Flags[0].NameSpan));
        Assert.Equal("\"x y\"", At(s, copy.Flags[0].ValueSpan!.Value));
        Assert.Equal("--chown=a\\ b", copy.Flags[1].Raw.Text);
        Assert.Null(copy.Flags[2].ValueSpan);
        Assert.Equal(["src"], copy.Sources.Select(w => w.Text));
        Assert.Equal("dst", copy.Destination!.Text);
        Assert.Equal("src dst", At(s, copy.ArgumentsSpan));
    }

    [Fact]
    public void Double_dash_ends_flags_and_is_not_a_flag()
    {
        var s = DockerfileParser.Parse("RUN --a -- --b\n");
        var run = Assert.IsType<RunInstruction>(Assert.Single(s.Instructions));
        Assert.Equal(["a"], run.Flags.Select(f => f.Name));
        Assert.Equal("--b", Assert.IsType<ShellForm>(run.Command).Text);
    }

    [Fact]
    public void Flag_scanner_is_byte_wise_so_a_leading_nbsp_hides_the_flags()
    {
        var s = DockerfileParser.Parse("RUN \u00a0--x y\nRUN --a=\u3000b c\n");
        var first = Assert.IsType<RunInstruction>(s.Instructions[0]);
        Assert.Empty(first.Flags);
        Assert.Equal("--x y", Assert.IsType<ShellForm>(first.Command).Text);
        Assert.Equal("\u3000b", s.Instructions[1].Flags.Single().Value);
    }

    [Fact]
    public void Exec_form_elements_span_their_json_literals()
    {
        const string text = "CMD [ \"a\", \"b\\tc\" ]\n";
        var s = DockerfileParser.Parse(text);
        var cmd = Assert.IsType<CmdInstruction>(Assert.Single(s.Instructions));
        Assert.True(cmd.IsJsonForm);
        var exec = Assert.IsType<ExecForm>(cmd.Command);
        Assert.Equal(["a", "b\tc"], exec.Values);
        Assert.Equal(["\"a\"", "\"b\\tc\""], exec.Elements.Select(e => At(s, e.Span)));
    }

    [Theory]
    [InlineData("CMD [\"app\", $PORT]")]
    [InlineData("CMD ['a']")]
    [InlineData("CMD [\"a\",]")]
    [InlineData("CMD [\"a\"] x")]
    [InlineData("CMD [\"a")]
    [InlineData("CMD [\"a\", 1e999]")]
    [InlineData("CMD [\"a\", {\"n\": -2E+400}]")]
    public void Invalid_json_falls_back_to_shell_form_silently(string line)
    {
        var s = DockerfileParser.Parse(line + "\n");
        var cmd = Assert.IsType<CmdInstruction>(Assert.Single(s.Instructions));
        Assert.False(cmd.IsJsonForm);
        Assert.IsType<ShellForm>(cmd.Command);
        Assert.Empty(s.Diagnostics);
    }

    [Fact]
    public void Json_array_with_a_non_string_element_is_an_error_over_the_arguments()
    {
        var s = DockerfileParser.Parse("FROM a\nCMD [\"a\", 1]\nCMD [\"a\", 1e308]\n");
        Assert.Equal(2, s.Diagnostics.Length);
        var error = s.Diagnostics[0];
        Assert.Equal("json-non-string", error.Id);
        Assert.Equal("[\"a\", 1]", At(s, error.Span));
        Assert.Equal(3, s.Instructions.Length);
    }

    [Fact]
    public void Env_forms_and_their_errors()
    {
        var s = DockerfileParser.Parse("FROM a\nENV A=1 B=\"x y\"\nENV ONE TWO= THREE=world\nENV \"a=b\"\n");
        var kv = Assert.IsType<EnvInstruction>(s.Instructions[1]);
        Assert.Equal([("A", "1"), ("B", "\"x y\"")], kv.Pairs.Select(p => (p.Key.Text, p.Value.Text)));
        Assert.Equal("\"x y\"", At(s, kv.Pairs[1].Value.Span));
        var legacy = Assert.Single(Assert.IsType<EnvInstruction>(s.Instructions[2]).Pairs);
        Assert.True(legacy.IsLegacy);
        Assert.Equal(("ONE", "TWO= THREE=world"), (legacy.Key.Text, legacy.Value.Text));
        var quoted = Assert.Single(Assert.IsType<EnvInstruction>(s.Instructions[3]).Pairs);
        Assert.Equal(("\"a", "b\""), (quoted.Key.Text, quoted.Value.Text));
        Assert.Empty(s.Diagnostics);

        var missingValue = DockerfileParser.Parse("FROM a\nENV PATH\n");
        Assert.Equal(("env-missing-value", "ENV must have two arguments"),
            (missingValue.Diagnostics.Single().Id, missingValue.Diagnostics.Single().Message));

        var missingEquals = DockerfileParser.Parse("FROM a\nLABEL a=b c\n");
        var error = Assert.Single(missingEquals.Diagnostics);
        Assert.Equal("Syntax error - can't find = in \"c\". Must be of the form: name=value", error.Message);
        Assert.Equal("c", At(missingEquals, error.Span));
    }

    [Fact]
    public void Arg_user_expose_and_mount_parts()
    {
        var s = DockerfileParser.Parse(
            "ARG V=1 \"Q=a b\" N\nFROM a\nUSER app:staff\nEXPOSE 80/TCP 8000-8010 127.0.0.1:80:80/udp $P\n" +
            "RUN --mount=type=cache,target=/root/.cache,ID=x --mount=source=.,target=/src make\n");
        var arg = Assert.IsType<ArgInstruction>(s.Instructions[0]);
        Assert.Equal(["V", "\"Q", "N"], arg.Declarations.Select(d => d.Name.Text));
        Assert.Equal(["1", "a b\"", null], arg.Declarations.Select(d => d.DefaultValue?.Text));
        var user = Assert.IsType<UserInstruction>(s.Instructions[2]);
        Assert.Equal(("app", "staff"), (user.User!.Text, user.Group!.Text));
        var ports = Assert.IsType<ExposeInstruction>(s.Instructions[3]).Ports;
        Assert.Equal([80, 8000, 80, null], ports.Select(p => p.Port));
        Assert.Equal([null, 8010, null, null], ports.Select(p => p.EndPort));
        Assert.Equal(["TCP", null, "udp", null], ports.Select(p => p.Protocol));
        Assert.Equal([false, false, true, false], ports.Select(p => p.HasHostPart));
        var run = Assert.IsType<RunInstruction>(s.Instructions[4]);
        Assert.Equal(["cache", "bind"], run.Mounts.Select(m => m.Type));
        Assert.Equal("/root/.cache", run.Mounts[0].Target);
        Assert.Equal("x", run.Mounts[0].Get("id"));
        Assert.Equal("target=/root/.cache", At(s, run.Mounts[0].Options[1].Span));
        Assert.Same(arg, Assert.Single(s.GlobalArgs));
    }

    [Fact]
    public void Heredoc_parts_have_exact_spans()
    {
        const string text = "FROM a\nCOPY <<-\"EOF\" /dst\n\thello $x\n\tEOF\nRUN x\n";
        var s = DockerfileParser.Parse(text);
        var copy = Assert.IsType<CopyInstruction>(s.Instructions[1]);
        var h = Assert.Single(copy.Heredocs);
        Assert.Equal(("EOF", false, true, 0), (h.Name, h.Expand, h.Chomp, h.FileDescriptor));
        Assert.Equal("<<-\"EOF\"", At(s, h.MarkerSpan));
        Assert.Equal("\thello $x\n", h.Content);
        Assert.Equal("\thello $x\n", At(s, h.ContentSpan));
        Assert.Equal("\tEOF", At(s, h.TerminatorSpan));
        Assert.Equal((2, 4), (copy.StartLine, copy.EndLine));
        Assert.Equal("COPY <<-\"EOF\" /dst\n\thello $x\n\tEOF", At(s, copy.Span));
        Assert.Equal(5, s.Instructions[2].StartLine);
    }

    [Theory]
    [InlineData("RUN <<- EOF\nx\n", 0)]
    [InlineData("RUN echo it's <<EOF\nx\n", 0)]
    [InlineData("RUN [\"a\", \"<<EOF\"]\n", 0)]
    [InlineData("RUN [\"a\"] <<EOF\nx\nEOF\n", 1)]
    [InlineData("USER <<X\n", 0)]
    [InlineData("RUN cat <<EOF>out\nx\nEOF>out\n", 1)]
    [InlineData("ONBUILD RUN <<EOF\nx\nEOF\n", 1)]
    public void Heredoc_detection_quirks(string body, int heredocs)
    {
        var s = DockerfileParser.Parse("FROM a\n" + body);
        Assert.Equal(heredocs, s.Instructions[1].Heredocs.Length);
    }

    [Fact]
    public void Unterminated_heredoc_is_an_error_at_the_marker()
    {
        var s = DockerfileParser.Parse("FROM a\nRUN <<EOF\nno end\n");
        var error = Assert.Single(s.Diagnostics);
        Assert.Equal(("unterminated-heredoc", "unterminated heredoc"), (error.Id, error.Message));
        Assert.Equal("<<EOF", s.Source.GetText(error.Span));
        Assert.Equal("no end\n", s.Instructions[1].Heredocs.Single().Content);
    }

    [Fact]
    public void Directives_escape_duplicate_invalid_and_phase_end()
    {
        var s = DockerfileParser.Parse("  #  ESCAPE  =  `  \nFROM a `\n b\nCOPY c:\\a c:\\\n");
        Assert.Equal('`', s.EscapeCharacter);
        Assert.Equal(("escape", "`"), (s.Directives.Single().Name, s.Directives.Single().Value));
        Assert.Equal(["a", "b"], Assert.IsType<FromInstruction>(s.Instructions[0]).Words.Select(w => w.Text));
        Assert.Equal("c:\\", Assert.IsType<CopyInstruction>(s.Instructions[1]).Destination!.Text);

        Assert.Equal("duplicate-directive", DockerfileParser.Parse("# escape=`\n# Escape=`\nFROM a\n").Diagnostics.Single().Id);
        var invalid = DockerfileParser.Parse("# escape=x\nFROM a\n").Diagnostics.Single();
        Assert.Equal(("invalid-escape", "invalid escape token 'x' does not match ` or \\"), (invalid.Id, invalid.Message));
        var afterBlank = DockerfileParser.Parse("\n# escape=`\nFROM a\n");
        Assert.Equal('\\', afterBlank.EscapeCharacter);
        Assert.Empty(afterBlank.Directives);
        Assert.Single(afterBlank.Comments);
    }

    [Fact]
    public void Onbuild_flags_belong_to_onbuild_and_trigger_is_parsed()
    {
        var s = DockerfileParser.Parse("FROM a\nONBUILD --x RUN [\"echo\", \"y\"]\n");
        var onbuild = Assert.IsType<OnbuildInstruction>(s.Instructions[1]);
        Assert.Equal(["x"], onbuild.Flags.Select(f => f.Name));
        var trigger = Assert.IsType<RunInstruction>(onbuild.Trigger);
        Assert.True(trigger.IsJsonForm);
        Assert.Equal("RUN [\"echo\", \"y\"]", s.Source.GetText(trigger.Span));
        Assert.Equal("(from \"a\")\n(onbuild [\"--x\"] (run \"echo\" \"y\"))\n", BuildKitDump.Dump(s));
    }

    [Fact]
    public void Preceding_comments_follow_buildkit()
    {
        var s = DockerfileParser.Parse("# syntax=x\n# one\n\n# two\nFROM a\n#\n# three\n  # four\nRUN b\n");
        Assert.Equal(["one", "two"], s.Instructions[0].PrecedingComments.ToArray());
        Assert.Equal(["three", "# four"], s.Instructions[1].PrecedingComments.ToArray());
    }

    [Fact]
    public void Stages_are_split_at_from_with_lower_case_names()
    {
        var s = DockerfileParser.Parse("ARG B=x\nFROM $B AS Build\nRUN a\nFROM scratch\nCOPY --from=build / /\n");
        Assert.Equal(["build", null], s.Stages.Select(st => st.Name));
        Assert.Equal([1, 1], s.Stages.Select(st => st.Instructions.Length));
        Assert.Single(s.GlobalArgs);
        Assert.True(s.Stages[0].From.Image!.HasVariable);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n\n")]
    [InlineData("# syntax=x\n")]
    public void File_without_instructions_is_an_error(string text)
    {
        var s = DockerfileParser.Parse(text);
        Assert.Equal(("no-instructions", "file with no instructions"), (s.Diagnostics.Single().Id, s.Diagnostics.Single().Message));
        Assert.Equal(text, s.ToFullString());
    }

    [Fact]
    public void Dump_uses_go_quoting_and_the_latin1_flag_quirk()
    {
        var s = DockerfileParser.Parse("COPY --chown=é a b\nRUN echo \u00a0\u200b\t\"\\ é😀\n");
        Assert.Equal(
            "(copy [\"--chown=Ã©\"] \"a\" \"b\")\n(run \"echo \\u00a0\\u200b\\t\\\"\\\\ é😀\")\n",
            BuildKitDump.Dump(s));
    }

    [Fact]
    public void Unknown_instruction_parses_with_one_empty_argument()
    {
        var s = DockerfileParser.Parse("FROM a\nFOO bar baz\n");
        var unknown = Assert.IsType<UnknownInstruction>(s.Instructions[1]);
        Assert.Equal("bar baz", unknown.ArgumentsText);
        Assert.Equal("(from \"a\")\n(foo \"\")\n", BuildKitDump.Dump(s));
    }
}
