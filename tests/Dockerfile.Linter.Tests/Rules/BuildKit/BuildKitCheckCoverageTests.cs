using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.BuildKit;

/// <summary>Every BuildKit build check is reachable by its name, except the one that needs a registry.</summary>
public class BuildKitCheckCoverageTests
{
    // InvalidBaseImagePlatform compares the platform of the image pulled from the registry with the requested one;
    // nothing in a Dockerfile decides it (FROM <stage> is never checked by BuildKit), so no rule claims the name.
    private static readonly string[] NeedsRegistry = ["InvalidBaseImagePlatform"];

    public static TheoryData<string> CheckNames() => [.. BuildKitChecks.Names.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CheckNames))]
    public void Check_name_is_an_alias_of_a_rule(string name)
    {
        var rules = RuleRegistry.All.Where(r => r.Descriptor.Aliases.Contains(name)).ToList();
        if (NeedsRegistry.Contains(name)) Assert.Empty(rules);
        else Assert.NotEmpty(rules);
    }

    [Fact]
    public void There_are_22_checks() => Assert.Equal(22, BuildKitChecks.Names.Count);
}
