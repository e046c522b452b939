namespace Dockerfile.Linter.Cli;

/// <summary>The process exit codes (documented in README.md, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the failure threshold.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the threshold (lint), or parse errors (parse).</summary>
    public const int Findings = 1;

    /// <summary>Bad usage, invalid configuration, or a file that could not be read or written.</summary>
    public const int UsageOrIoError = 2;
}
