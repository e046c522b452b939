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
}
