using System.Runtime.CompilerServices;
using Dockerfile.Linter.Configuration;

namespace Dockerfile.Linter.Cli.Linting;

/// <summary>Lints text with one <see cref="DockerfileLinter"/> per distinct effective configuration (safe across threads).</summary>
internal sealed class LintEngine
{
    private readonly ConditionalWeakTable<LinterConfiguration, DockerfileLinter> _linters = new();

    public LintResult Lint(string text, string path, LinterConfiguration configuration) => For(configuration).Lint(text, path);

    /// <summary>Applies the fixes the rules offer (see <see cref="DockerfileLinter.Fix"/>).</summary>
    public FixResult Fix(string text, string path, LinterConfiguration configuration, bool includeUnsafe) =>
        For(configuration).Fix(text, path, includeUnsafe);

    private DockerfileLinter For(LinterConfiguration configuration) =>
        _linters.GetValue(configuration, c => new DockerfileLinter(ToOptions(c)));

    public static LintOptions ToOptions(LinterConfiguration c) => new()
    {
        Ignore = new HashSet<string>(c.Ignore, StringComparer.OrdinalIgnoreCase),
        Enable = new HashSet<string>(c.Enable, StringComparer.OrdinalIgnoreCase),
        SeverityOverrides = new Dictionary<string, Diagnostics.Severity?>(c.Severity, StringComparer.OrdinalIgnoreCase),
        TrustedRegistries = c.TrustedRegistries.ToList(),
        LabelSchema = new Dictionary<string, string>(c.LabelSchema, StringComparer.Ordinal),
        StrictLabels = c.StrictLabels ?? false,
        ContextDirectory = c.Context,
        DisableInlineSuppressions = c.DisableInlineSuppressions ?? false,
        RuleSettings = c.RuleSettings.ToDictionary(
            e => e.Key,
            e => (IDictionary<string, string>)new Dictionary<string, string>(e.Value, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase),
    };
}
