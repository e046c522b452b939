using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Cli.Linting;

/// <summary>Decides whether a file's findings fail the run.</summary>
internal static class FailurePolicy
{
    /// <summary>
    /// True when a finding is at least as severe as the threshold: the configured one, else the default of the
    /// preset that applies (recommended: warning; hadolint: info).
    /// </summary>
    public static bool Fails(IEnumerable<Diagnostic> diagnostics, LinterConfiguration configuration)
    {
        if (configuration.NoFail == true) return false;
        var threshold = configuration.EffectiveFailureThreshold;
        if (threshold == FailureThreshold.None) return false;
        // Severity and FailureThreshold share the order Error(0) < Warning < Info < Style: lower is more severe.
        return diagnostics.Any(d => (int)d.Severity <= (int)threshold);
    }
}
