namespace Dockerfile.Linter.Configuration;

/// <summary>A problem in a configuration file, with its position (1-based; 0 when unknown).</summary>
/// <param name="Path">The configuration file.</param>
/// <param name="Line">1-based line, or 0.</param>
/// <param name="Column">1-based column, or 0.</param>
/// <param name="Message">What is wrong, in one line.</param>
public sealed record ConfigurationError(string Path, int Line, int Column, string Message)
{
    /// <summary><c>path:line:column: message</c> (position omitted when unknown).</summary>
    public override string ToString() => Line > 0 ? $"{Path}:{Line}:{Column}: {Message}" : $"{Path}: {Message}";
}
