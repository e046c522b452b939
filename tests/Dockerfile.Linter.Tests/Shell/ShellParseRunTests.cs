using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Shell;

/// <summary>ParseRun on RUN instructions produced by the real Dockerfile parser.</summary>
public class ShellParseRunTests
{
    private static (string Text, RunInstruction Run) Run(string dockerfile, int index = 0)
    {
        var syntax = DockerfileParser.Parse(dockerfile);
        return (dockerfile, syntax.Instructions.OfType<RunInstruction>().ElementAt(index));
    }

    private static string At(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    [Fact]
    public void Multi_line_run_words_land_on_their_physical_lines()
    {
        var (text, run) = Run("FROM debian\nRUN apt-get update \\\n # a comment line\n    && apt-get install -y \\\n        curl=7.1 \\\n        git\n");
        var script = ShellParser.ParseRun(run);
        var install = script.Commands.Single(c => c.IsCommand("apt-get", "install"));
        var packages = PackageManagerCatalog.AptGet.GetPackages(install);
        Assert.Equal(["curl=7.1", "git"], packages.Select(p => At(text, p.Span)));
        var source = DockerfileParser.Parse(text).Source;
        Assert.Equal([5, 6], packages.Select(p => source.GetLinePosition(p.Span.Start).Line));
    }

    [Fact]
    public void Heredoc_run_body_is_parsed_as_shell()
    {
        var (text, run) = Run("FROM alpine\nRUN <<EOF\napk add --no-cache curl\nrm -rf /tmp/*\nEOF\n");
        var script = ShellParser.ParseRun(run);
        Assert.Equal(["apk", "rm"], script.Commands.Where(c => c.NameWord is not null).Select(c => c.Name));
        var curl = PackageManagerCatalog.Apk.GetPackages(script.Commands.First(c => c.Name == "apk")).Single();
        Assert.Equal("curl", At(text, curl.Span));
    }

    [Fact]
    public void Heredoc_fed_to_a_shell_is_parsed_and_to_python_is_not()
    {
        var (_, bash) = Run("FROM alpine\nRUN bash -e <<EOF\npip install x\nEOF\n");
        Assert.Contains(ShellParser.ParseRun(bash).Commands, c => c.IsCommand("pip", "install"));

        var (_, python) = Run("FROM alpine\nRUN python3 <<EOF\nimport os\nEOF\n");
        var script = ShellParser.ParseRun(python);
        Assert.Equal(["python3"], script.Commands.Select(c => c.Name));
        Assert.Equal("import os\n", script.Commands[0].Redirections.Single().HeredocBody);
    }

    [Fact]
    public void Heredoc_with_non_shell_shebang_is_not_parsed()
    {
        var (_, run) = Run("FROM alpine\nRUN <<EOF\n#!/usr/bin/env python3\nprint('x')\nEOF\n");
        Assert.DoesNotContain(ShellParser.ParseRun(run).Commands, c => c.Name == "print('x')");
        var (_, sh) = Run("FROM alpine\nRUN <<EOF\n#!/bin/sh\necho hi\nEOF\n");
        Assert.Contains(ShellParser.ParseRun(sh).Commands, c => c.Name == "echo");
    }

    [Fact]
    public void Exec_form_run_spans_point_at_json_strings()
    {
        var (text, run) = Run("FROM alpine\nRUN [\"apk\", \"add\", \"curl\"]\n");
        var cmd = ShellParser.ParseRun(run).Commands.Single();
        Assert.Equal("apk", cmd.Name);
        Assert.Equal("\"curl\"", At(text, cmd.Arguments[1].Span));
    }

    [Fact]
    public void Run_with_flags_parses_only_the_command()
    {
        var (text, run) = Run("FROM alpine\nRUN --mount=type=cache,target=/root/.cache pip install flask\n");
        var cmd = ShellParser.ParseRun(run).Commands.Single();
        Assert.True(cmd.IsCommand("pip", "install"));
        Assert.Equal("flask", At(text, cmd.PositionalArguments[1].Span));
    }

    [Fact]
    public void Parse_of_null_command_is_empty()
    {
        Assert.Empty(ShellParser.Parse((CommandForm?)null).Commands);
    }

    [Fact]
    public void Results_are_cached_per_instruction()
    {
        var (_, run) = Run("FROM alpine\nRUN apk add curl\n");
        Assert.Same(ShellParser.ParseRun(run), ShellParser.ParseRun(run));
        Assert.Same(ShellParser.Parse(run.Command), ShellParser.Parse(run.Command));
    }
}
