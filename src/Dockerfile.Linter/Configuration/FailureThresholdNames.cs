namespace Dockerfile.Linter.Configuration;

/// <summary>
/// The failure-threshold names accepted on the command line and in both configuration dialects, parsed in one place.
/// <c>ignore</c> and <c>none</c> are hadolint's names for a threshold below <c>style</c>: every finding fails the run,
/// as in hadolint (use <c>no-fail</c> for a run that never fails).
/// </summary>
public static class FailureThresholdNames
{
    /// <summary>Every accepted name, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } = ["error", "warning", "info", "style", "ignore", "none"];

    /// <summary>The accepted names as shown in messages: <c>error, warning, info, style, ignore or none</c>.</summary>
    public static string Expected => string.Join(", ", All.Take(All.Count - 1)) + " or " + All[^1];

    /// <summary>Parses a threshold name (case-insensitive, surrounding spaces ignored); false when it is not known.</summary>
    public static bool TryParse(string? name, out FailureThreshold threshold)
    {
        FailureThreshold? parsed = name?.Trim().ToLowerInvariant() switch
        {
            "error" => FailureThreshold.Error,
            "warning" => FailureThreshold.Warning,
            "info" => FailureThreshold.Info,
            "style" or "ignore" or "none" => FailureThreshold.Style,
            _ => null,
        };
        threshold = parsed ?? default;
        return parsed is not null;
    }
}
