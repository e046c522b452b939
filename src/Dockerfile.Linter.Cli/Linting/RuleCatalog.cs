using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Cli.Linting;

/// <summary>The rules the CLI knows about (for listing, docs and validating codes).</summary>
internal static class RuleCatalog
{
    public static IReadOnlyList<RuleDescriptor> All { get; } = RuleRegistry.All.Select(r => r.Descriptor).ToArray();
}
