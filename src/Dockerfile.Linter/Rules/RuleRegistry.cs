using System.Collections.Immutable;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Every built-in rule, sorted by code. Rules are listed without reflection (AOT-friendly) in one file per category,
/// <c>Rules/&lt;Category&gt;/&lt;Category&gt;Rules.cs</c>; a meta-test checks that every <see cref="Rule"/> subclass is listed.
/// </summary>
public static class RuleRegistry
{
    private static readonly Lazy<(ImmutableArray<Rule> All, RuleLookup Lookup)> s_rules = new(() =>
    {
        var all = ByCategory()
            .SelectMany(list => list.Rules)
            .OrderBy(r => r.Descriptor.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        return (all, new RuleLookup(all));
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

/// <summary>Finds rules of a given list by code, name or alias, case-insensitively.</summary>
internal sealed class RuleLookup
{
    private readonly Dictionary<string, List<Rule>> _byKey = new(StringComparer.OrdinalIgnoreCase);

    public RuleLookup(IEnumerable<Rule> rules)
    {
        foreach (var rule in rules.OrderBy(r => r.Descriptor.Code, StringComparer.Ordinal))
        {
            var d = rule.Descriptor;
            foreach (var key in new[] { d.Code, d.Name }.Concat(d.Aliases).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
                list.Add(rule);
            }
        }
    }

    public Rule? Find(string key) => _byKey.TryGetValue(key.Trim(), out var list) ? list[0] : null;

    public IReadOnlyList<Rule> FindAll(string key) =>
        _byKey.TryGetValue(key.Trim(), out var list) ? list : [];
}
