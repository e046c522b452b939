using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Shell;

public class ShellParserTests
{
    private static string Describe(ShellScript script) =>
        string.Join(" | ", script.Commands.Select(c => string.Join(" ", c.Words.Select(w => w.Text))));

    [Theory]
    [InlineData("apt-get update && apt-get install -y curl", "apt-get update | apt-get install -y curl")]
    [InlineData("a; b & c || d", "a | b | c | d")]
    [InlineData("a | b |& c", "a | b | c")]
    [InlineData("(cd /x && make) && echo done", "cd /x | make | echo done")]
    [InlineData("{ a; b; }", "a | b")]
    [InlineData("echo $(date +%s) `whoami`", "date +%s | whoami | echo $(date +%s) `whoami`")]
    [InlineData("if [ -f x ]; then rm x; elif true; then :; else echo no; fi", "[ -f x ] | rm x | true | : | echo no")]
    [InlineData("for f in a b $(ls); do echo $f; done", "ls | echo $f")]
    [InlineData("while read l; do echo \"$l\"; done < file", "read l | echo \"$l\"")]
    [InlineData("until false; do sleep 1; done", "false | sleep 1")]
    [InlineData("case $x in a|b) echo ab;; *) echo other;; esac", "echo ab | echo other")]
    [InlineData("f() { echo in; }; f", "echo in | f")]
    [InlineData("function g { echo g; }", "echo g")]
    [InlineData("[[ -n $X && $Y == 1 ]] && echo ok", "[[ -n $X && $Y == 1 ]] | echo ok")]
    [InlineData("echo a # comment && not a command\necho b", "echo a | echo b")]
    [InlineData("! grep -q x f", "grep -q x f")]
    [InlineData("diff <(sort a) <(sort b)", "sort a | sort b | diff <(sort a) <(sort b)")]
    [InlineData("x=$((1 + 2)) y=(a b c); echo $x", " | echo $x")]
    [InlineData("sh -c 'apt-get update && apt-get install -y x'", "sh -c 'apt-get update && apt-get install -y x' | apt-get update | apt-get install -y x")]
    [InlineData("bash -ec \"pip install a\"", "bash -ec \"pip install a\" | pip install a")]
    [InlineData("cat <<EOF > /x\nhello && world\nEOF\necho done", "cat | echo done")]
    [InlineData("((i++)); echo $i", "echo $i")]
    [InlineData("x=$(cat <<EOF\nnot && a command\nEOF\n) && echo $x", "cat |  | echo $x")]
    [InlineData("echo ${X:-$(id -u)} ${Y:-`id -g`}", "id -u | id -g | echo ${X:-$(id -u)} ${Y:-`id -g`}")]
    public void Extracts_commands_in_execution_order(string text, string expected)
    {
        var script = ShellParser.Parse(text);
        Assert.Equal(expected, Describe(script));
    }

    [Theory]
    [InlineData("echo 'unterminated")]
    [InlineData("echo \"unterminated")]
    [InlineData("if true; then echo")]
    [InlineData("echo $(unclosed")]
    [InlineData("echo `unclosed")]
    [InlineData(") fi done")]
    [InlineData("a && ")]
    [InlineData("| a")]
    [InlineData("case x in")]
    [InlineData("echo ${X")]
    [InlineData("for")]
    public void Tolerates_broken_input_and_reports_errors(string text)
    {
        var script = ShellParser.Parse(text);
        Assert.True(script.HasErrors, Describe(script));
        Assert.All(script.Errors, e => Assert.InRange(e.Span.Start, 0, text.Length));
    }

    [Fact]
    public void Words_have_text_value_and_exact_spans()
    {
        const string text = "echo 'a b' \"c$X\" d\\ e ~/f";
        var script = ShellParser.Parse(text, 100);
        var words = Assert.Single(script.Commands).Words;
        Assert.Equal(["echo", "'a b'", "\"c$X\"", "d\\ e", "~/f"], words.Select(w => w.Text));
        Assert.Equal(["echo", "a b", null, "d e", "~/f"], words.Select(w => w.Value));
        Assert.Equal("c$X", words[2].UnquotedText);
        Assert.Equal(["X"], words[2].ReferencedVariables.ToArray());
        foreach (var w in words)
            Assert.Equal(w.Text, text.Substring(w.Span.Start - 100, w.Span.Length));
    }

    [Fact]
    public void Spans_follow_a_multi_segment_source_map()
    {
        // Dockerfile:                    "RUN apt-get update \\\n    && apt-get install -y \\\n      curl\n"
        const string file = "RUN apt-get update \\\n    && apt-get install -y \\\n      curl\n";
        // logical text after continuation removal (BuildKit keeps the char before '\' and the next line's indentation)
        string logical = "apt-get update     && apt-get install -y       curl";
        int line2 = file.IndexOf("    &&", StringComparison.Ordinal);
        int line3 = file.IndexOf("      curl", StringComparison.Ordinal);
        var map = new SourceMap([0, "apt-get update ".Length, "apt-get update     && apt-get install -y ".Length],
            [4, line2, line3]);
        var script = ShellParser.Parse(logical, map);

        Assert.Equal(2, script.Commands.Length);
        var install = script.Commands[1];
        Assert.Equal("apt-get", file.Substring(install.NameWord!.Span.Start, install.NameWord.Span.Length));
        var curl = install.Arguments[^1];
        Assert.Equal("curl", file.Substring(curl.Span.Start, curl.Span.Length));
        Assert.Equal(line3 + 6, curl.Span.Start);
        Assert.Equal(file.IndexOf("apt-get install", StringComparison.Ordinal), install.Span.Start);
        Assert.Equal(curl.Span.End, install.Span.End);
        Assert.Equal(ShellOperator.And, install.PrecedingOperator);
        Assert.Equal(ShellOperator.And, script.Commands[0].FollowingOperator);
    }

    [Fact]
    public void Operators_and_pipelines_are_recorded()
    {
        var script = ShellParser.Parse("a && b || c; d | e & f\ng");
        var c = script.Commands;
        Assert.Equal([ShellOperator.None, ShellOperator.And, ShellOperator.Or, ShellOperator.Semicolon, ShellOperator.Pipe, ShellOperator.Background, ShellOperator.Newline],
            c.Select(x => x.PrecedingOperator));
        Assert.Equal([ShellOperator.And, ShellOperator.Or, ShellOperator.Semicolon, ShellOperator.Pipe, ShellOperator.Background, ShellOperator.Newline, ShellOperator.None],
            c.Select(x => x.FollowingOperator));
        Assert.True(c[4].IsBackground);
        Assert.True(script.HasPipes);
        Assert.Same(c[3].Pipeline, c[4].Pipeline);
        Assert.True(c[3].IsInPipeline);
        Assert.False(c[0].IsInPipeline);
        Assert.False(ShellParser.Parse("a || b").HasPipes);
        Assert.True(ShellParser.Parse("a |& b").HasPipes);
    }

    [Fact]
    public void Assignments_and_redirections_are_kept_apart()
    {
        var script = ShellParser.Parse("DEBIAN_FRONTEND=noninteractive A+=x apt-get install -y x >/dev/null 2>&1 <in");
        var cmd = Assert.Single(script.Commands);
        Assert.Equal(["DEBIAN_FRONTEND", "A"], cmd.Assignments.Select(a => a.Name));
        Assert.Equal("noninteractive", cmd.Assignments[0].Value);
        Assert.True(cmd.Assignments[1].IsAppend);
        Assert.Equal("apt-get", cmd.Name);
        Assert.Equal(["install", "-y", "x"], cmd.Arguments.Select(a => a.Text));
        Assert.Equal([">", ">&", "<"], cmd.Redirections.Select(r => r.Operator));
        Assert.Equal([null, 2, null], cmd.Redirections.Select(r => r.FileDescriptor));
        Assert.Equal(["/dev/null", "1", "in"], cmd.Redirections.Select(r => r.Target!.Text));
    }

    [Fact]
    public void Assignment_only_command_has_no_name()
    {
        var cmd = Assert.Single(ShellParser.Parse("PIP_NO_CACHE_DIR=1").Commands);
        Assert.Null(cmd.NameWord);
        Assert.Equal("", cmd.Name);
        Assert.Equal("1", Assert.Single(cmd.Assignments).Value);
    }

    [Fact]
    public void Heredoc_inside_script_is_skipped_and_its_body_kept()
    {
        const string text = "cat <<-EOF >/etc/x\n\tline && not_a_command\n\tEOF\nrm -rf /tmp";
        var script = ShellParser.Parse(text);
        Assert.Equal(["cat", "rm"], script.Commands.Select(c => c.Name));
        var heredoc = script.Commands[0].Redirections.Single(r => r.IsHeredoc);
        Assert.Equal("\tline && not_a_command\n", heredoc.HeredocBody);
        Assert.False(script.HasErrors);
    }

    [Fact]
    public void Heredoc_marker_without_body_is_tolerated()
    {
        var script = ShellParser.Parse("cat <<EOF > /app/config");
        var cmd = Assert.Single(script.Commands);
        Assert.Equal("cat", cmd.Name);
        Assert.False(script.HasErrors);
        Assert.Null(cmd.Redirections[0].HeredocBody);
    }

    [Fact]
    public void Nested_contexts_are_reported()
    {
        var script = ShellParser.Parse("a; (b); { c; }; echo $(d); if e; then f; fi; sh -c 'g'");
        var contexts = script.Commands.ToDictionary(c => c.Name, c => c.Context);
        Assert.Equal(ShellCommandContext.TopLevel, contexts["a"]);
        Assert.Equal(ShellCommandContext.Subshell, contexts["b"]);
        Assert.Equal(ShellCommandContext.Group, contexts["c"]);
        Assert.Equal(ShellCommandContext.CommandSubstitution, contexts["d"]);
        Assert.Equal(ShellCommandContext.Compound, contexts["e"]);
        Assert.Equal(ShellCommandContext.Compound, contexts["f"]);
        Assert.Equal(ShellCommandContext.ShellArgument, contexts["g"]);
    }

    [Fact]
    public void Sh_c_script_spans_point_inside_the_quoted_argument()
    {
        const string text = "sh -c 'apt-get install -y curl'";
        var script = ShellParser.Parse(text, 10);
        var inner = script.Commands[1];
        Assert.Equal("apt-get", inner.Name);
        var curl = inner.Arguments[^1];
        Assert.Equal(10 + text.IndexOf("curl", StringComparison.Ordinal), curl.Span.Start);
        Assert.Equal(4, curl.Span.Length);
    }

    [Fact]
    public void Backtick_commands_map_to_the_file()
    {
        const string text = "echo `apt-get install x`";
        var inner = ShellParser.Parse(text).Commands[0];
        Assert.Equal("apt-get", inner.Name);
        Assert.Equal(text.IndexOf("x`", StringComparison.Ordinal), inner.Arguments[^1].Span.Start);
    }

    [Fact]
    public void Exec_form_is_one_command_and_sees_through_sh_c()
    {
        // RUN ["/bin/sh", "-c", "apt-get update && apt-get install -y git"]
        const string file = "RUN [\"/bin/sh\", \"-c\", \"apt-get update && apt-get install -y git\"]";
        var elements = new List<Word>();
        int at = 4;
        foreach (string value in new[] { "/bin/sh", "-c", "apt-get update && apt-get install -y git" })
        {
            int start = file.IndexOf('"' + value + '"', at, StringComparison.Ordinal);
            elements.Add(new Word { Text = value, Span = new TextSpan(start, value.Length + 2) });
            at = start + value.Length + 2;
        }
        var script = ShellParser.ParseExec(elements);
        Assert.True(script.IsExecForm);
        Assert.Equal(["sh", "apt-get", "apt-get"], script.Commands.Select(c => c.BaseName));
        var git = script.Commands[2].Arguments[^1];
        Assert.Equal("git", file.Substring(git.Span.Start, git.Span.Length));
        Assert.Equal("/bin/sh", script.Commands[0].Name);
        Assert.Equal(elements[0].Span, script.Commands[0].NameWord!.Span);
    }

    [Fact]
    public void Ansi_c_and_locale_quotes()
    {
        var words = ShellParser.Parse("printf $'a\\tb' $\"c\"").Commands[0].Words;
        Assert.Equal("a\tb", words[1].Value);
        Assert.Equal("c", words[2].Value);
    }

    [Fact]
    public void Partial_span_of_unquoted_value()
    {
        const string text = "apt-get install 'curl=7.1'";
        var word = ShellParser.Parse(text).Commands[0].Arguments[1];
        Assert.Equal("curl=7.1", word.Value);
        var versionSpan = word.GetSpanOfUnquoted(5, 3);
        Assert.Equal("7.1", text.Substring(versionSpan.Start, versionSpan.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# only a comment")]
    [InlineData("\n\n")]
    public void Empty_scripts_have_no_commands(string text)
    {
        var script = ShellParser.Parse(text);
        Assert.Empty(script.Commands);
        Assert.False(script.HasErrors);
    }
}
