namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.Syntax"/>: one line per rule, sorted by code.</summary>
internal static class SyntaxRules
{
    internal static readonly Rule[] All =
    [
        new DF6003NoEmptyContinuation(),
        new DL1000ParseError(),
        new DL3024DuplicateStageName(),
        new DL3043OnbuildForbiddenTrigger(),
        new DL3061InstructionBeforeFrom(),
        new DL3063ReservedStageName(),
    ];
}
