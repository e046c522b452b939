using System.Collections.Immutable;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Every built-in rule, sorted by code. Rules are listed without reflection (AOT-friendly) in one file per category,
/// <c>Rules/&lt;Category&gt;/&lt;Category&gt;Rules.cs</c>; a meta-test checks that every <see cref="Rule"/> subclass is listed.
/// </summary>
public static class RuleRegistry
{
    private static readonly Lazy<(ImmutableArray<Rule> All, RuleLookup<Rule> Lookup)> s_rules = new(() =>
    {
        var all = ByCategory()
            .SelectMany(list => list.Rules)
            .OrderBy(r => r.Descriptor.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        return (all, RuleLookup.Of(all));
    });

    /// <summary>All built-in rules, sorted by code.</summary>
    public static IReadOnlyList<Rule> All => s_rules.Value.All;

    /// <summary>The rule with the given code, kebab-case name or alias (case-insensitive), or null. When several rules share an alias, the first by code.</summary>
    public static Rule? Find(string codeNameOrAlias) => s_rules.Value.Lookup.Find(codeNameOrAlias);

    /// <summary>Every rule answering to the given code, name or alias (an alias such as BuildKit's <c>MultipleInstructionsDisallowed</c> may cover several rules).</summary>
    public static IReadOnlyList<Rule> FindAll(string codeNameOrAlias) => s_rules.Value.Lookup.FindAll(codeNameOrAlias);

    /// <summary>The per-category lists, as written.</summary>
    internal static IEnumerable<(RuleCategory Category, IReadOnlyList<Rule> Rules)> ByCategory() =>
    [
        (RuleCategory.Syntax, SyntaxRules.All),
        (RuleCategory.BaseImage, BaseImageRules.All),
        (RuleCategory.Shell, ShellRules.All),
        (RuleCategory.ShellCheck, ShellCheckRules.All),
        (RuleCategory.PackageManagers, PackageManagersRules.All),
        (RuleCategory.CopyAdd, CopyAddRules.All),
        (RuleCategory.Configuration, ConfigurationRules.All),
        (RuleCategory.Security, SecurityRules.All),
        (RuleCategory.Secrets, SecretsRules.All),
        (RuleCategory.BuildContext, BuildContextRules.All),
        (RuleCategory.Cache, CacheRules.All),
        (RuleCategory.Container, ContainerRules.All),
        (RuleCategory.Style, StyleRules.All),
        (RuleCategory.Meta, MetaRules.All),
    ];
}
