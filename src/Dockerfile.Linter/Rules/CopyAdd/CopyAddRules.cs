namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.CopyAdd"/>: one line per rule, sorted by code.</summary>
internal static class CopyAddRules
{
    internal static readonly Rule[] All =
    [
        new DL3010CopyThenExtract(),
        new DL3020AddInsteadOfCopy(),
        new DL3021MultipleSourcesDestinationNotDirectory(),
        new DL3022CopyFromUnknownStage(),
        new DL3023CopyFromOwnStage(),
        new DL3045CopyRelativeDestinationWithoutWorkdir(),
        new DL3067CopyWholeFilesystem(),
    ];
}
