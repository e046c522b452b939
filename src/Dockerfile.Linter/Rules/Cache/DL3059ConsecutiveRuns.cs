using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3059: two single-command RUNs in a row that could be one layer.</summary>
internal sealed class DL3059ConsecutiveRuns : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3059",
        Name = "consecutive-runs",
        Title = "Consolidate consecutive RUN instructions",
        MessageFormat = "Consecutive RUN instructions with one command each; consider joining them with '&&'",
        Category = RuleCategory.Cache,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Info),
        PresetRationale = "Separate RUNs are often deliberate (cache boundaries, readability): 0 of 6 audited findings worth a change.",
        Docs = """
            ## What it does
            Reports a RUN that directly follows another RUN (comments in between do not matter) when both carry the
            same `--mount`, `--network` and `--security` flags and each runs a single command.

            ## Why
            Every RUN makes a layer. Short single-command RUNs in a row add layers and image metadata without
            buying any cache benefit, because they almost always change together. Joining them keeps the image
            smaller and the history readable. RUNs that already hold several commands are left alone: splitting
            long scripts can be a deliberate cache decision.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN mkdir -p /app
            RUN chown nobody /app
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN mkdir -p /app && chown nobody /app
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnStage((stage, context) => Check(stage.Instructions, context));
        // The instructions before the first FROM (a snippet) form an implicit stage.
        registrar.OnFile((_, context) => Check(context.Semantics.Preamble, context));
    }

    private static void Check(IEnumerable<Instruction> instructions, RuleContext context)
    {
        RunInstruction? previous = null;
        foreach (var instruction in instructions)
        {
            if (instruction is not RunInstruction run) { previous = null; continue; }
            if (previous is not null && SameFlags(previous, run) && IsSingleCommand(previous, context) && IsSingleCommand(run, context))
                context.Report(run.Keyword.Span);
            previous = run;
        }
    }

    private static bool IsSingleCommand(RunInstruction run, RuleContext context) =>
        context.GetScript(run).Commands.Count(c => c.NameWord is not null) <= 1;

    private static bool SameFlags(RunInstruction a, RunInstruction b) =>
        a.Flags.Select(f => f.DumpText).SequenceEqual(b.Flags.Select(f => f.DumpText));
}
