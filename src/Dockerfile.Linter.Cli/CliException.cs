namespace Dockerfile.Linter.Cli;

/// <summary>A user-facing failure: its message is printed on one line to stderr and the run exits with code 2.</summary>
internal sealed class CliException(string message) : Exception(message);
