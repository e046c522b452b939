using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Rules.Engine;

public class SemanticModelTests
{
    private static SemanticModel Model(string text) => SemanticModel.Create(DockerfileParser.Parse(text));

    private static T Nth<T>(SemanticModel model, int n = 0) where T : Instruction =>
        AllInstructions(model.Syntax).OfType<T>().ElementAt(n);

    private static IEnumerable<Instruction> AllInstructions(DockerfileSyntax syntax)
    {
        foreach (var i in syntax.Instructions)
        {
            yield return i;
            if (i is OnbuildInstruction { Trigger: { } t }) yield return t;
        }
    }

    [Fact]
    public void Stages_aliases_bases_and_final()
    {
        var model = Model("FROM golang:1.23 AS Build\nFROM build AS test\nFROM scratch AS out\nFROM alpine:3.20\n");
        Assert.Equal(4, model.Stages.Length);
        Assert.Same(model.Stages[0], model.Stages[1].BaseStage);
        Assert.Null(model.Stages[0].BaseStage);
        Assert.Equal("golang:1.23", model.Stages[0].BaseImage);
        Assert.True(model.Stages[2].IsFromScratch);
        Assert.Same(model.Stages[3], model.FinalStage);
        Assert.True(model.FinalStage!.IsFinal);
        Assert.False(model.Stages[0].IsFinal);
        Assert.Same(model.Stages[0], model.FindStage("BUILD"));
        Assert.Same(model.Stages[2], model.FindStage("2"));
        Assert.Null(model.FindStage("9"));
        Assert.Null(model.FindStage("test", model.Stages[1]));
    }

    [Fact]
    public void A_later_stage_name_is_not_a_base()
    {
        var model = Model("FROM later\nFROM alpine:3.20 AS later\n");
        Assert.Null(model.Stages[0].BaseStage);
    }

    [Fact]
    public void Stage_references_cover_from_copy_and_mount()
    {
        const string text = "FROM a:1 AS deps\nFROM a:1 AS tools\nFROM deps\nCOPY --from=tools /x /x\nCOPY --from=0 /y /y\nRUN --mount=type=bind,from=tools,target=/t true\nCOPY --from=nginx:1 /z /z\n";
        var model = Model(text);
        var final = model.Stages[2];
        Assert.Equal(
            [(StageReferenceKind.FromBase, 0), (StageReferenceKind.CopyFrom, 1), (StageReferenceKind.CopyFrom, 0), (StageReferenceKind.MountFrom, 1)],
            final.Dependencies.Select(r => (r.Kind, r.To.Index)));
        Assert.Equal(2, model.Stages[0].Dependents.Length);
        Assert.Equal("tools", text.Substring(final.Dependencies[1].Span.Start, final.Dependencies[1].Span.Length));
        Assert.Equal(4, model.References.Length);
    }

    [Fact]
    public void Global_args_reach_from_lines_only_unless_redeclared()
    {
        var model = Model("ARG BASE=debian:12\nARG TAG\nFROM $BASE\nWORKDIR $BASE\nARG BASE\nWORKDIR $BASE\n");
        var from = Nth<FromInstruction>(model);
        Assert.Equal("debian:12", model.Expand(from.Image!.Text, from));
        Assert.Equal("debian:12", model.Stages[0].BaseImage);
        Assert.Null(model.GlobalScope.Lookup("TAG")!.Value);
        Assert.Equal(VariableKind.Automatic, model.GlobalScope.Lookup("TARGETARCH")!.Kind);
        var first = Nth<WorkdirInstruction>(model, 0);
        Assert.False(model.GetScope(first).IsDeclared("BASE"));
        Assert.Null(model.Expand(first.Path!, first));
        var second = Nth<WorkdirInstruction>(model, 1);
        Assert.Equal(VariableKind.Arg, model.GetScope(second).Lookup("BASE")!.Kind);
        Assert.Equal("debian:12", model.Expand(second.Path!, second));
    }

    [Fact]
    public void Env_values_expand_against_the_environment_before_the_instruction()
    {
        var model = Model("FROM scratch\nENV A=hello\nENV A=bye B=$A\nENV C=\"${B} world\" D='$A'\nLABEL x=$C\n");
        var label = Nth<LabelInstruction>(model);
        var scope = model.GetScope(label);
        Assert.Equal("bye", scope.Lookup("A")!.Value);
        Assert.Equal("hello", scope.Lookup("B")!.Value);
        Assert.Equal("hello world", scope.Lookup("C")!.Value);
        Assert.Equal("$A", scope.Lookup("D")!.Value);
        Assert.Equal("hello world", model.Expand(label.Pairs[0].Value, label));
    }

    [Fact]
    public void Env_wins_over_a_later_arg_of_the_same_name()
    {
        var model = Model("FROM scratch\nENV V=env\nARG V=arg\nLABEL x=$V\n");
        var label = Nth<LabelInstruction>(model);
        Assert.Equal("env", model.Expand(label.Pairs[0].Value, label));
    }

    [Fact]
    public void Child_stages_inherit_env_but_not_args()
    {
        var model = Model("FROM scratch AS a\nARG A=1\nENV E=2\nFROM a\nLABEL x=$E y=$A\n");
        var label = Nth<LabelInstruction>(model);
        Assert.Equal("2", model.Expand(label.Pairs[0].Value, label));
        Assert.Equal("", model.Expand(label.Pairs[1].Value, label));
    }

    [Theory]
    [InlineData("FROM scratch\nLABEL x=${U:-fallback}\n", "fallback")]
    [InlineData("FROM scratch\nLABEL x=${U-fallback}\n", "fallback")]
    [InlineData("FROM scratch\nENV U=\nLABEL x=${U:-fallback}\n", "fallback")]
    [InlineData("FROM scratch\nENV U=\nLABEL x=${U-fallback}\n", "")]
    [InlineData("FROM scratch\nENV U=1\nLABEL x=${U:+set}\n", "set")]
    [InlineData("FROM scratch\nLABEL x=${U:+set}\n", "")]
    [InlineData("FROM scratch\nLABEL x=a\\$U\n", "a$U")]
    [InlineData("FROM scratch\nLABEL x=\"a\\\\b\\q\"\n", "a\\b\\q")]
    [InlineData("FROM scratch\nLABEL x=$\n", "$")]
    [InlineData("FROM alpine:3.20\nLABEL x=$HOME\n", null)]
    [InlineData("FROM alpine:3.20\nLABEL x=${HOME:-/root}\n", null)]
    [InlineData("FROM alpine:3.20\nARG V\nLABEL x=$V\n", null)]
    [InlineData("FROM alpine:3.20\nENV V=1x\nLABEL x=${V#1}\n", "x")]
    [InlineData("FROM alpine:3.20\nLABEL x=${V:=1}\n", null)]
    public void Expansion_is_known_only_when_every_value_is(string text, string? expected)
    {
        var model = Model(text);
        var label = Nth<LabelInstruction>(model);
        Assert.Equal(expected, model.Expand(label.Pairs[0].Value, label));
    }

    [Fact]
    public void Evaluate_lists_unresolved_names_even_when_the_value_is_unknown()
    {
        var model = Model("ARG A\nFROM scratch\nLABEL x=$A$B\n");
        var label = Nth<LabelInstruction>(model);
        var value = model.Evaluate(label.Pairs[0].Value.Text, label);
        Assert.True(value.IsKnown);
        Assert.Equal("", value.Value);
        Assert.Equal<string>(["A", "B"], value.Expansion.UnresolvedNames);
        var unknown = Model("FROM alpine:3.20\nLABEL x=$B\n");
        var label2 = Nth<LabelInstruction>(unknown);
        Assert.False(unknown.Evaluate("$B", label2).IsKnown);
        Assert.Null(unknown.Evaluate("$B", label2).Value);
    }

    [Fact]
    public void Backtick_escape_is_respected()
    {
        var model = Model("# escape=`\nFROM scratch\nLABEL x=a`$b\n");
        var label = Nth<LabelInstruction>(model);
        Assert.Equal("a$b", model.Expand(label.Pairs[0].Value, label));
    }

    [Fact]
    public void Shell_is_tracked_and_inherited_through_stage_aliases()
    {
        var model = Model("FROM a:1 AS win\nRUN x\nSHELL [\"pwsh\", \"-Command\"]\nRUN y\nFROM win\nRUN z\nFROM a:1\nRUN w\n");
        var runs = AllInstructions(model.Syntax).OfType<RunInstruction>().ToList();
        Assert.Equal<string>(SemanticModel.DefaultShell, model.GetShell(runs[0]));
        Assert.True(model.IsPosixShell(runs[0]));
        Assert.Equal<string>(["pwsh", "-Command"], model.GetShell(runs[1]));
        Assert.False(model.IsPosixShell(runs[1]));
        Assert.False(model.IsPosixShell(runs[2]));
        Assert.True(model.IsPosixShell(runs[3]));
    }

    [Theory]
    [InlineData("/bin/bash", true)]
    [InlineData("C:\\Windows\\System32\\cmd.exe", false)]
    [InlineData("powershell", false)]
    [InlineData("/usr/bin/pwsh", false)]
    [InlineData("/bin/ash", true)]
    public void Posix_shell_detection(string executable, bool posix) =>
        Assert.Equal(posix, SemanticModel.IsPosix([executable, "-c"]));

    [Fact]
    public void Onbuild_triggers_are_known_with_their_stage()
    {
        var model = Model("FROM a:1 AS x\nONBUILD RUN make\nONBUILD COPY . /src\n");
        Assert.Equal(2, model.OnbuildTriggers.Length);
        var trigger = model.OnbuildTriggers[1].Trigger;
        Assert.IsType<CopyInstruction>(trigger);
        Assert.True(model.IsOnbuildTrigger(trigger));
        Assert.Same(model.Stages[0], model.GetStage(trigger));
        Assert.Same(model.Stages[0], model.OnbuildTriggers[0].Stage);
    }

    [Fact]
    public void Workdir_and_user_are_tracked_through_base_stages()
    {
        var model = Model("FROM a:1 AS base\nRUN one\nWORKDIR /app\nUSER app\nFROM base AS child\nRUN two\nUSER root\nRUN three\nFROM a:1\nRUN four\n");
        var runs = AllInstructions(model.Syntax).OfType<RunInstruction>().ToList();
        Assert.Null(model.GetEffectiveWorkdir(runs[0]));
        Assert.Null(model.GetEffectiveUser(runs[0]));
        Assert.Equal("/app", model.GetEffectiveWorkdir(runs[1])!.Path!.Text);
        Assert.Equal("app", model.GetEffectiveUser(runs[1])!.Value!.Text);
        Assert.Equal("root", model.GetEffectiveUser(runs[2])!.Value!.Text);
        Assert.Null(model.GetEffectiveWorkdir(runs[3]));
        Assert.Equal("root", model.Stages[1].FinalUser!.Value!.Text);
        Assert.Equal("/app", model.Stages[1].FinalWorkdir!.Path!.Text);
    }

    [Fact]
    public void Final_image_lineage_and_stage_usage()
    {
        var model = Model("FROM a:1 AS base\nFROM base AS build\nFROM a:1 AS tools\nFROM build\nCOPY --from=tools /t /t\n");
        Assert.True(model.IsInFinalImage(model.Stages[0]));
        Assert.True(model.IsInFinalImage(model.Stages[1]));
        Assert.False(model.IsInFinalImage(model.Stages[2]));
        Assert.True(model.IsInFinalImage(model.Stages[3]));
        Assert.True(model.Stages[0].IsBaseOfAnotherStage);
        Assert.False(model.Stages[2].IsBaseOfAnotherStage);
        Assert.True(model.Stages[2].IsCopiedFrom);
        Assert.False(model.Stages[1].IsCopiedFrom);
    }

    [Fact]
    public void Broken_input_still_builds_a_model()
    {
        var model = Model("RUN x\nFROM\nCOPY --from= a b\nARG\nENV\nFROM ${\n");
        Assert.Equal(model.Syntax.Stages.Length, model.Stages.Length);
    }

    [Fact]
    public void Instructions_before_the_first_FROM_form_an_implicit_stage()
    {
        var model = Model("ARG V=1\nENV PIP_NO_CACHE_DIR=$V\nSHELL [\"/bin/bash\", \"-c\"]\nWORKDIR /src\nUSER app\nRUN pip install x\nFROM alpine:3.20\nRUN echo\n");
        var run = Nth<RunInstruction>(model);
        Assert.Equal(6, model.Preamble.Length);
        Assert.Null(model.GetStage(run));
        Assert.Equal("1", model.GetScope(run).Lookup("PIP_NO_CACHE_DIR")?.Value);
        Assert.Equal(new[] { "/bin/bash", "-c" }, model.GetShell(run).ToArray());
        Assert.Same(Nth<WorkdirInstruction>(model), model.GetEffectiveWorkdir(run));
        Assert.Same(Nth<UserInstruction>(model), model.GetEffectiveUser(run));
        // Nothing of the preamble reaches the stages: BuildKit starts them from their FROM.
        var staged = Nth<RunInstruction>(model, 1);
        Assert.Null(model.GetScope(staged).Lookup("PIP_NO_CACHE_DIR"));
        Assert.Null(model.GetEffectiveWorkdir(staged));
        Assert.Equal(SemanticModel.DefaultShell.ToArray(), model.GetShell(staged).ToArray());
    }

    [Fact]
    public void A_file_without_FROM_is_all_preamble()
    {
        var model = Model("ENV A=1\nRUN echo $A\n");
        Assert.Equal(2, model.Preamble.Length);
        Assert.Equal("1", model.GetScope(Nth<RunInstruction>(model)).Lookup("A")?.Value);
        Assert.Empty(Model("FROM alpine:3.20\nRUN echo\n").Preamble);
    }
}
