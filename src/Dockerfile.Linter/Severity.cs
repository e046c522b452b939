namespace Dockerfile.Linter;

/// <summary>How serious a finding is, from most to least severe (hadolint's levels).</summary>
public enum Severity
{
    /// <summary>Breaks the build or is certainly wrong.</summary>
    Error = 0,
    /// <summary>Likely a problem.</summary>
    Warning = 1,
    /// <summary>Worth knowing.</summary>
    Info = 2,
    /// <summary>Style and readability.</summary>
    Style = 3,
}
