using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Configuration;

/// <summary>The failure threshold a run uses when none is configured.</summary>
public static class FailureThresholds
{
    /// <summary>
    /// The default threshold of <paramref name="preset"/>: <see cref="FailureThreshold.Warning"/> for
    /// <see cref="Preset.Recommended"/> and <see cref="Preset.All"/> (advice and cosmetics never fail a run),
    /// <see cref="FailureThreshold.Info"/> for <see cref="Preset.Hadolint"/> (hadolint's default).
    /// </summary>
    public static FailureThreshold DefaultFor(Preset preset) =>
        preset == Preset.Hadolint ? FailureThreshold.Info : FailureThreshold.Warning;
}
