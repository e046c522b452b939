namespace Dockerfile.Linter.Configuration;

/// <summary>The least severe finding that makes a lint run fail (exit code 1).</summary>
public enum FailureThreshold
{
    /// <summary>Only errors fail the run.</summary>
    Error,
    /// <summary>Errors and warnings fail the run (the default of the recommended and all presets).</summary>
    Warning,
    /// <summary>Errors, warnings and info fail the run (the default of the hadolint preset, as in hadolint).</summary>
    Info,
    /// <summary>Every finding fails the run.</summary>
    Style,
    /// <summary>Findings never fail the run.</summary>
    None,
}
