using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Parsing;

/// <summary>Parses Dockerfile text into a <see cref="DockerfileSyntax"/> exactly as BuildKit does. Never throws on bad input.</summary>
public static class DockerfileParser
{
    /// <summary>Parses <paramref name="text"/>; problems are reported in <see cref="DockerfileSyntax.Diagnostics"/>.</summary>
    public static DockerfileSyntax Parse(string text, string? path = null) =>
        throw new NotImplementedException("parser not written yet");
}
