namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.PackageManagers"/>: one line per rule, sorted by code.</summary>
internal static class PackageManagersRules
{
    internal static readonly Rule[] All =
    [
        new DL3008AptGetUnpinnedPackage(),
        new DL3009AptListsNotDeleted(),
        new DL3013PipUnpinnedPackage(),
        new DL3014AptGetWithoutYes(),
        new DL3015AptGetInstallRecommends(),
        new DL3016NpmUnpinnedPackage(),
        new DL3018ApkUnpinnedPackage(),
        new DL3019ApkWithoutNoCache(),
        new DL3027AptCommand(),
        new DL3028GemUnpinnedPackage(),
        new DL3030YumWithoutYes(),
        new DL3032YumCacheNotCleaned(),
        new DL3033YumUnpinnedPackage(),
        new DL3034ZypperWithoutNonInteractive(),
        new DL3035ZypperDistUpgrade(),
        new DL3036ZypperCacheNotCleaned(),
        new DL3037ZypperUnpinnedPackage(),
        new DL3038DnfWithoutYes(),
        new DL3040DnfCacheNotCleaned(),
        new DL3041DnfUnpinnedPackage(),
        new DL3042PipWithoutNoCacheDir(),
        new DL3060YarnCacheNotCleaned(),
        new DL3062GoUnpinnedModule(),
    ];
}
