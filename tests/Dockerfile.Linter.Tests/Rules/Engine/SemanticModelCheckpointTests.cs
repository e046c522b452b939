using System.Text;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Rules.Engine;

/// <summary>
/// The model keeps what is in effect only at every 64th instruction of a stage and replays the rest: every question,
/// in any order, gets the answer a walk from the top of the stage gives.
/// </summary>
public class SemanticModelCheckpointTests
{
    // A stage of 300 instructions whose ENV, ARG, WORKDIR, USER and SHELL change at irregular places.
    private static string LongStage(bool preamble)
    {
        var text = new StringBuilder(preamble ? "" : "ARG BASE=alpine\nFROM ${BASE} AS one\n");
        for (int i = 0; i < 300; i++)
        {
            text.Append(i switch
            {
                3 => "ENV V3=v3 LAST=first\n",
                _ when i % 7 == 3 => $"ENV V{i}=v{i} LAST=$V{i - 7}\n",
                _ when i % 11 == 5 => $"WORKDIR /w{i}\n",
                _ when i % 13 == 6 => $"USER u{i}\n",
                _ when i % 17 == 8 => $"SHELL [\"/bin/sh{i}\", \"-c\"]\n",
                _ when i % 19 == 9 => $"ARG A{i}=a{i}\n",
                _ => $"RUN echo {i}\n",
            });
        }
        return text.ToString();
    }

    // What a walk from the top of the segment says is in effect before each instruction (and, last, after them all).
    private static List<(Dictionary<string, string?> Vars, string? Workdir, string? User, string Shell)> Walk(IEnumerable<Instruction> instructions)
    {
        var vars = new Dictionary<string, string?>();
        string? workdir = null, user = null;
        string shell = "/bin/sh";
        var states = new List<(Dictionary<string, string?>, string?, string?, string)>();
        foreach (var instruction in instructions)
        {
            states.Add((new Dictionary<string, string?>(vars), workdir, user, shell));
            switch (instruction)
            {
                case EnvInstruction env:
                    var before = new Dictionary<string, string?>(vars);
                    foreach (var pair in env.Pairs)
                    {
                        string value = pair.Value.Text;
                        if (value.StartsWith('$')) value = before.GetValueOrDefault(value[1..]) ?? "";
                        vars[pair.Key.Text] = value;
                    }
                    break;
                case ArgInstruction arg:
                    foreach (var d in arg.Declarations) vars[d.Name.Text] = d.DefaultValue?.Text;
                    break;
                case WorkdirInstruction w:
                    workdir = w.Path?.Text;
                    break;
                case UserInstruction u:
                    user = u.Header.LogicalText[5..];
                    break;
                case ShellInstruction s:
                    shell = ((ExecForm)s.Command!).Values.First();
                    break;
            }
        }
        states.Add((new Dictionary<string, string?>(vars), workdir, user, shell));
        return states;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_instruction_sees_what_a_walk_from_the_top_sees_in_any_order(bool preamble)
    {
        var syntax = DockerfileParser.Parse(LongStage(preamble));
        var model = SemanticModel.Create(syntax);
        var instructions = preamble ? syntax.Instructions.ToList() : syntax.Stages[0].Instructions.ToList();
        var expected = Walk(instructions);
        // Forwards, backwards and scattered: the replay cursor must not leak one question's state into another.
        var order = Enumerable.Range(0, instructions.Count).ToList();
        var scattered = order.Select(i => (i * 37) % instructions.Count).ToList();
        foreach (var i in order.Concat(Enumerable.Reverse(order)).Concat(scattered))
        {
            var instruction = instructions[i];
            var (vars, workdir, user, shell) = expected[i];
            var scope = model.GetScope(instruction);
            // An ARG before any FROM declares a global argument: it sees the global scope, as FROM lines do.
            if (!(preamble && instruction is ArgInstruction))
            {
                foreach (var (name, value) in vars) Assert.Equal(value, scope.Lookup(name)?.Value);
                Assert.Equal(vars.Count, scope.Variables.Count(v => v.Value.Kind != VariableKind.Automatic));
            }
            Assert.Equal(workdir, model.GetEffectiveWorkdir(instruction)?.Path?.Text);
            Assert.Equal(user, model.GetEffectiveUser(instruction)?.Header.LogicalText[5..]);
            Assert.Equal(shell, model.GetShell(instruction)[0]);
            Assert.Equal(preamble ? null : model.Stages[0], model.GetStage(instruction));
        }
    }

    [Fact]
    public void From_sees_the_global_scope_and_nothing_of_the_stage_before_it()
    {
        var syntax = DockerfileParser.Parse(LongStage(false) + "FROM one AS two\nRUN echo end\n");
        var model = SemanticModel.Create(syntax);
        var second = syntax.Stages[1];
        Assert.Same(model.GlobalScope, model.GetScope(second.From));
        Assert.Null(model.GetEffectiveWorkdir(second.From));
        Assert.Equal(SemanticModel.DefaultShell, model.GetShell(second.From));
        Assert.Same(model.Stages[1], model.GetStage(second.From));
        // The RUN of the second stage inherits the first stage's ENV (not its ARGs), WORKDIR, USER and SHELL.
        var run = second.Instructions[0];
        var (vars, workdir, user, shell) = Walk(syntax.Stages[0].Instructions)[^1];
        Assert.Equal("v297", model.GetScope(run).Lookup("V297")?.Value);
        Assert.Equal("a294", vars["A294"]);
        Assert.Null(model.GetScope(run).Lookup("A294"));
        Assert.Equal(vars.Keys.Count(k => k.StartsWith('V') || k == "LAST"), model.GetScope(run).Variables.Count);
        Assert.Equal(workdir, model.GetEffectiveWorkdir(run)?.Path?.Text);
        Assert.Equal(user, model.GetEffectiveUser(run)?.Header.LogicalText[5..]);
        Assert.Equal(shell, model.GetShell(run)[0]);
    }

    [Fact]
    public void A_node_of_another_file_is_in_no_stage_and_sees_nothing()
    {
        var model = SemanticModel.Create(DockerfileParser.Parse(LongStage(false)));
        var stranger = DockerfileParser.Parse(LongStage(false)).Stages[0].Instructions[100];
        Assert.Null(model.GetStage(stranger));
        Assert.Empty(model.GetScope(stranger).Variables);
        Assert.Null(model.GetEffectiveWorkdir(stranger));
    }

    // Each stage was built by copying its base stage's ENV variables one by one: a chain of thousands of stages, each
    // adding one, cost the square of the chain (5,000 stages: 12.5 million insertions).
    [Fact]
    public void A_chain_of_stages_each_adding_an_env_inherits_them_all_without_copying()
    {
        const int stages = 5_000;
        var text = new StringBuilder("FROM alpine AS s0\nENV V0=x0\nARG A0=a\n");
        for (int i = 1; i < stages; i++) text.Append($"FROM s{i - 1} AS s{i}\nENV V{i}=x{i}\nARG A{i}=a\n");
        text.Append("RUN echo $V0\n");
        var syntax = DockerfileParser.Parse(text.ToString());
        var model = SemanticModel.Create(syntax);
        var last = syntax.Stages[^1].Instructions[^1];
        var scope = model.GetScope(last);
        Assert.Equal("x0", scope.Lookup("V0")?.Value);
        Assert.Equal($"x{stages - 1}", scope.Lookup($"V{stages - 1}")?.Value);
        Assert.Equal(VariableKind.Arg, scope.Lookup($"A{stages - 1}")?.Kind);
        Assert.Null(scope.Lookup("A0"));   // ARGs stay in their stage
        Assert.Equal(stages + 1, scope.Variables.Count);
    }
}
