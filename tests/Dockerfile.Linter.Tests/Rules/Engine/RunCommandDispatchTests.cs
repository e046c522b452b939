using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Rules.Engine;

/// <summary>Reports every RUN command with its effective name.</summary>
internal sealed class RunCommandRecorder : Rule
{
    public override RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DF9903", "run-commands");

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnRunCommand((command, context) =>
        {
            Assert.Contains(command, context.Script.Commands);
            Assert.Same(context.Script, context.Context.GetScript(context.Run));
            context.Report(command.NameWord!.Span, $"{command.EffectiveName} stage={context.CurrentStage?.Index} onbuild={context.IsOnbuildTrigger}");
        });
}

public class RunCommandDispatchTests
{
    private static List<(string Text, string Message)> Run(string text)
    {
        var result = new DockerfileLinter(rules: [new RunCommandRecorder()]).Lint(text);
        Assert.Empty(result.RuleFailures);
        return result.Diagnostics.Select(d => (result.Syntax.Source.GetText(d.Span), d.Message)).ToList();
    }

    [Fact]
    public void Every_simple_command_of_shell_form_is_visited_with_its_span()
    {
        var found = Run("FROM alpine:3.20\nRUN apt-get update \\\n && sudo apt-get install -y curl | tee log; X=1\n");
        Assert.Equal(
        [
            ("apt-get", "apt-get stage=0 onbuild=False"),
            ("sudo", "apt-get stage=0 onbuild=False"),
            ("tee", "tee stage=0 onbuild=False"),
        ], found);
    }

    [Fact]
    public void Exec_form_heredocs_and_onbuild_are_visited()
    {
        var found = Run("FROM alpine:3.20\nRUN [\"apk\", \"add\", \"curl\"]\nRUN <<EOF\nset -e\nmake\nEOF\nONBUILD RUN npm ci\n");
        Assert.Equal(
        [
            ("\"apk\"", "apk stage=0 onbuild=False"),
            ("set", "set stage=0 onbuild=False"),
            ("make", "make stage=0 onbuild=False"),
            ("npm", "npm stage=0 onbuild=True"),
        ], found);
    }

    [Fact]
    public void Shell_form_runs_of_non_posix_stages_are_skipped_and_inheritance_is_followed()
    {
        const string text = "FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win\nSHELL [\"powershell\", \"-Command\"]\nRUN Get-Item x\nRUN [\"cmd\", \"/c\", \"dir\"]\nFROM win\nRUN Write-Host hi\nFROM alpine:3.20\nRUN echo ok\n";
        var found = Run(text);
        Assert.Equal(["cmd", "echo"], found.Select(f => f.Message.Split(' ')[0]));
    }

    [Fact]
    public void Scripts_are_parsed_once_per_run_and_shared_between_rules()
    {
        var first = new RunCommandRecorder();
        var result = new DockerfileLinter(rules: [first, new ScriptIdentityRule()]).Lint("FROM alpine:3.20\nRUN a && b\n");
        Assert.Empty(result.RuleFailures);
        Assert.Contains(result.Diagnostics, d => d.Code == "DF9904");
    }

    [Fact]
    public void Run_script_callbacks_see_each_run_once_with_the_commands_run_command_callbacks_see()
    {
        const string text = "FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win\nSHELL [\"powershell\", \"-Command\"]\nRUN Get-Item x\n" +
                            "FROM alpine:3.20\nRUN apt-get update && X=1 && sudo apt-get install -y curl | tee log\nRUN <<EOF\nmake\nEOF\nONBUILD RUN npm ci\n";
        var result = new DockerfileLinter(rules: [new RunScriptRecorder()]).Lint(text);
        Assert.Empty(result.RuleFailures);
        Assert.Equal(["apt-get,apt-get,tee onbuild=False", "make onbuild=False", "npm onbuild=True"], result.Diagnostics.Select(d => d.Message));
        Assert.Equal(["RUN", "RUN", "RUN"], result.Diagnostics.Select(d => result.Syntax.Source.GetText(d.Span)));
    }

    /// <summary>Reports each RUN once with the effective names of its commands.</summary>
    private sealed class RunScriptRecorder : Rule
    {
        public override RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DF9907", "run-scripts");

        public override void Register(RuleRegistrar registrar) =>
            registrar.OnRunScript((commands, context) =>
                context.Report(context.Run.Keyword.Span, $"{string.Join(',', commands.Select(c => c.EffectiveName))} onbuild={context.IsOnbuildTrigger}"));
    }

    /// <summary>Checks that GetScript returns the same object each time it is asked.</summary>
    private sealed class ScriptIdentityRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DF9904", "script-identity");

        public override void Register(RuleRegistrar registrar) =>
            registrar.OnInstruction<RunInstruction>((run, context) =>
            {
                ShellScript a = context.GetScript(run), b = context.GetScript(run);
                Assert.Same(a, b);
                Assert.Equal(2, a.Commands.Length);
                context.Report(run.Keyword.Span, "ok");
            });
    }
}
