namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.Shell"/>: one line per rule, sorted by code.</summary>
internal static class ShellRules
{
    internal static readonly Rule[] All =
    [
        new DF7001HeredocWithoutErrexit(),
        new DF7002ContinuationGluesCommands(),
        new DL3001PointlessCommand(),
        new DL3003CdInRun(),
        new DL3004SudoInRun(),
        new DL3046UseraddLargeUid(),
        new DL3047WgetWithoutProgress(),
        new DL4001CurlAndWget(),
        new DL4005LinkBinSh(),
        new DL4006PipeWithoutPipefail(),
    ];
}
