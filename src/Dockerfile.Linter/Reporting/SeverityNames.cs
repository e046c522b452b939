using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Reporting;

/// <summary>Lower-case names of severities as used in reports and configuration.</summary>
public static class SeverityNames
{
    /// <summary><c>error</c>, <c>warning</c>, <c>info</c> or <c>style</c>.</summary>
    public static string ToName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        Severity.Style => "style",
        _ => severity.ToString().ToLowerInvariant(),
    };

    /// <summary>Parses <c>error</c>, <c>warning</c>, <c>info</c> or <c>style</c> (case-insensitive).</summary>
    public static bool TryParse(string? name, out Severity severity)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "info": severity = Severity.Info; return true;
            case "style": severity = Severity.Style; return true;
            default: severity = default; return false;
        }
    }

    /// <summary>
    /// Parses a rule's severity setting as the command line and configuration files write it: a severity, or
    /// <c>off</c> (also <c>ignore</c> and <c>none</c>, as hadolint spells it), which turns the rule off
    /// (<paramref name="severity"/> is null).
    /// </summary>
    public static bool TryParseSetting(string? name, out Severity? severity)
    {
        if (TryParse(name, out var parsed))
        {
            severity = parsed;
            return true;
        }
        severity = null;
        return name?.Trim().ToLowerInvariant() is "off" or "ignore" or "none";
    }
}
