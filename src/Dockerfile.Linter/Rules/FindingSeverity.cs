using Dockerfile.Linter.Suppression;

namespace Dockerfile.Linter.Rules;

/// <summary>The severity a kept finding is reported with.</summary>
internal static class FindingSeverity
{
    /// <summary>
    /// The rule's configured severity (its preset's, or an override); a BuildKit check without an explicit override
    /// is an error where the file's <c># check=error=true</c> directive says so, as <c>docker build --check</c> fails on it.
    /// </summary>
    public static Severity Of(ActiveRule active, FileSuppressions suppressions) =>
        !active.HasExplicitSeverity && active.BuildKitAliases.Length > 0 && suppressions.FileCheck.Error == true
            ? Severity.Error
            : active.Severity;
}
