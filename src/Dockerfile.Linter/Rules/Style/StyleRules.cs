namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.Style"/>: one line per rule, sorted by code.</summary>
internal static class StyleRules
{
    internal static readonly Rule[] All =
    [
        new DF1201LongLine(),
        new DF1202LongAndChain(),
        new DF1203UnsortedPackageList(),
        new DF1204InconsistentContinuationIndent(),
        new DF6001StageNameCasing(),
        new DF6002FromAsCasing(),
        new DF6004ConsistentInstructionCasing(),
        new DF6007LegacyKeyValueFormat(),
        new DF6012InvalidDefinitionDescription(),
    ];
}
