using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Cli.Linting;

/// <summary>The rules the CLI knows about (for listing, docs and validating codes).</summary>
internal static class RuleCatalog
{
    // TODO(facade): RuleRegistry.All once the engine lands.
    public static IReadOnlyList<RuleDescriptor> All { get; } = [];
}
