namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.Cache"/>: one line per rule, sorted by code.</summary>
internal static class CacheRules
{
    internal static readonly Rule[] All =
    [
        new DF1001SourceCopiedBeforeDependencyInstall(),
        new DF1002PackageIndexUpdateAlone(),
        new DF1003BuildToolchainInFinalImage(),
        new DF1004AddUrlWithoutChecksum(),
        new DF1005AddGitUnpinned(),
        new DF1006GitCloneUnpinned(),
        new DF1007LatestReleaseDownload(),
        new DF1008BuildPlatformInFinalImage(),
        new DF1009PackageCacheCleanedInLaterRun(),
        new DL3059ConsecutiveRuns(),
    ];
}
