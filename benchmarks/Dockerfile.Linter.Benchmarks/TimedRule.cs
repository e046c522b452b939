using System.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// Wraps a rule so that the time spent in its own callbacks is added up (for <see cref="RuleCosts"/>). The shared
/// analyses a callback may ask for first (the semantic model, a RUN's shell script) are built before the clock starts,
/// so they are not charged to whichever rule happens to ask first.
/// </summary>
internal sealed class TimedRule(Rule inner) : Rule
{
    /// <summary>Stopwatch ticks spent in the rule's callbacks so far.</summary>
    public long Ticks;

    public Rule Inner => inner;

    public override RuleDescriptor Descriptor => inner.Descriptor;

    public override void Register(RuleRegistrar registrar)
    {
        var own = new RuleRegistrar(inner);
        inner.Register(own);
        foreach (var sub in own.InstructionSubscriptions)
            registrar.OnInstruction<Instruction>((instruction, context) =>
            {
                if (!sub.InstructionType.IsInstanceOfType(instruction)) return;
                _ = context.Semantics;
                if (instruction is RunInstruction run) context.GetScript(run);
                Time(() => sub.Invoke(instruction, context));
            });
        foreach (var check in own.StageSubscriptions)
            registrar.OnStage((stage, context) => { _ = context.Semantics; Time(() => check(stage, context)); });
        foreach (var check in own.FileSubscriptions)
            registrar.OnFile((syntax, context) => { _ = context.Semantics; Time(() => check(syntax, context)); });
        foreach (var check in own.RunCommandSubscriptions)
            registrar.OnRunCommand((command, context) => Time(() => check(command, context)));
        foreach (var check in own.RunScriptSubscriptions)
            registrar.OnRunScript((commands, context) => Time(() => check(commands, context)));
    }

    private void Time(Action callback)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            callback();
        }
        finally
        {
            Ticks += Stopwatch.GetTimestamp() - start;
        }
    }
}
