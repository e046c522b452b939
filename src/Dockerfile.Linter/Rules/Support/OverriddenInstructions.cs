using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules.Support;

/// <summary>
/// The instructions of a stage that the image keeps only once (CMD, ENTRYPOINT, HEALTHCHECK), in pairs of one that is
/// overridden and the next of its kind that overrides it. BuildKit's <c>MultipleInstructionsDisallowed</c> (DF6013)
/// reports the first of each pair, hadolint's DL4003, DL4004 and DL3012 the second: one check, two placements.
/// Triggers wrapped in <c>ONBUILD</c> do not count (they run in another build).
/// </summary>
internal static class OverriddenInstructions
{
    /// <summary>The hadolint rule that reports the overriding instruction of a pair of this kind.</summary>
    public static string HadolintCode(Instruction instruction) => instruction switch
    {
        CmdInstruction => "DL4003",
        EntrypointInstruction => "DL4004",
        _ => "DL3012",
    };

    /// <summary>The instruction name BuildKit's message uses: the keyword as written.</summary>
    public static string Name(Instruction instruction) => instruction.Keyword.Text;

    /// <summary>Every (overridden, overriding) pair of the stage's instructions of type <typeparamref name="T"/>, in order.</summary>
    public static IEnumerable<(T Overridden, T Overriding)> Pairs<T>(Stage stage) where T : Instruction
    {
        T? previous = null;
        foreach (var instruction in stage.Instructions.OfType<T>())
        {
            if (previous is not null) yield return (previous, instruction);
            previous = instruction;
        }
    }

    /// <summary>The pairs of all three kinds.</summary>
    public static IEnumerable<(Instruction Overridden, Instruction Overriding)> AllPairs(Stage stage) =>
        !HasRepeatedKind(stage) ? [] : Pairs<EntrypointInstruction>(stage).Select(p => ((Instruction)p.Overridden, (Instruction)p.Overriding))
            .Concat(Pairs<CmdInstruction>(stage).Select(p => ((Instruction)p.Overridden, (Instruction)p.Overriding)))
            .Concat(Pairs<HealthcheckInstruction>(stage).Select(p => ((Instruction)p.Overridden, (Instruction)p.Overriding)));

    // One pass without iterators: nearly every stage has at most one of each kind, and then has no pair.
    private static bool HasRepeatedKind(Stage stage)
    {
        bool entrypoint = false, cmd = false, healthcheck = false;
        foreach (var instruction in stage.Instructions)
        {
            ref bool seen = ref entrypoint;
            if (instruction is CmdInstruction) seen = ref cmd;
            else if (instruction is HealthcheckInstruction) seen = ref healthcheck;
            else if (instruction is not EntrypointInstruction) continue;
            if (seen) return true;
            seen = true;
        }
        return false;
    }

    /// <summary>Reports the overriding instruction of each pair of type <typeparamref name="T"/>, hadolint's placement, linked to DF6013's finding.</summary>
    public static void ReportOverriding<T>(Stage stage, RuleContext context) where T : Instruction
    {
        foreach (var (overridden, overriding) in Pairs<T>(stage))
            context.ReportWithCounterpart(overriding.Span, DF6013MultipleInstructionsDisallowed.RuleCode, overridden.Span, []);
    }
}
