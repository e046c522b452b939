namespace Dockerfile.Linter.Configuration;

/// <summary>The outcome of reading a configuration file.</summary>
/// <param name="Configuration">The settings read (partial when there are errors).</param>
/// <param name="Errors">Problems that make the file unusable; the run should stop with exit code 2.</param>
/// <param name="Warnings">Settings that were understood but are ignored (e.g. hadolint keys we do not support).</param>
public sealed record ConfigurationReadResult(
    LinterConfiguration Configuration,
    IReadOnlyList<ConfigurationError> Errors,
    IReadOnlyList<ConfigurationError> Warnings)
{
    /// <summary>
    /// ShellCheck codes (<c>SC2164</c> …) the file names in hadolint's lists that dockerfile-lint does not implement:
    /// accepted and ignored. Reported once per run, not as a warning per file. Implemented codes (<c>SC2086</c>) are rules.
    /// </summary>
    public IReadOnlyList<string> ShellCheckCodes { get; init; } = [];

    /// <summary>True when there are no errors.</summary>
    public bool Succeeded => Errors.Count == 0;
}
