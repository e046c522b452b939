namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.BaseImage"/>: one line per rule, sorted by code.</summary>
internal static class BaseImageRules
{
    internal static readonly Rule[] All =
    [
        new DF6005UndefinedArgInFrom(),
        new DF6008InvalidDefaultArgInFrom(),
        new DF6009FromPlatformFlagConstDisallowed(),
        new DL3006UntaggedImage(),
        new DL3007LatestTag(),
        new DL3026UntrustedRegistry(),
        new DL3029FromPlatformFlag(),
        new DL3065RedundantTargetPlatform(),
    ];
}
