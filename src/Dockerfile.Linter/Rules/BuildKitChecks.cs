using System.Collections.Frozen;

namespace Dockerfile.Linter.Rules;

/// <summary>The names of BuildKit's build checks (<c>docker build --check</c>); a rule alias in this set is a BuildKit alias.</summary>
internal static class BuildKitChecks
{
    public static readonly FrozenSet<string> Names = new[]
    {
        "StageNameCasing", "FromAsCasing", "NoEmptyContinuation", "ConsistentInstructionCasing",
        "DuplicateStageName", "ReservedStageName", "JSONArgsRecommended", "MaintainerDeprecated",
        "UndefinedArgInFrom", "WorkdirRelativePath", "UndefinedVar", "MultipleInstructionsDisallowed",
        "LegacyKeyValueFormat", "InvalidBaseImagePlatform", "RedundantTargetPlatform", "SecretsUsedInArgOrEnv",
        "InvalidDefaultArgInFrom", "FromPlatformFlagConstDisallowed", "CopyIgnoredFile",
        "InvalidDefinitionDescription", "ExposeProtoCasing", "ExposeInvalidFormat",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The BuildKit check names a rule answers to.</summary>
    public static IEnumerable<string> AliasesOf(RuleDescriptor descriptor) =>
        descriptor.Aliases.Where(Names.Contains);
}
