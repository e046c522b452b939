namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.PackageManagers"/>: one line per rule, sorted by code.</summary>
internal static class PackageManagersRules
{
    internal static readonly Rule[] All =
    [
        new DL3008AptGetUnpinnedPackage(),
        new DL3014AptGetWithoutYes(),
        new DL3015AptGetInstallRecommends(),
        new DL3027AptCommand(),
    ];
}
