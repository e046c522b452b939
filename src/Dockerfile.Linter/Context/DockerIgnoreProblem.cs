namespace Dockerfile.Linter.Context;

/// <summary>A line of a <c>.dockerignore</c> file that BuildKit would reject (the build fails on it).</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Text">The line as written.</param>
/// <param name="Message">What is wrong.</param>
public sealed record DockerIgnoreProblem(int Line, string Text, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"line {Line}: {Message} ({Text.Trim()})";
}
