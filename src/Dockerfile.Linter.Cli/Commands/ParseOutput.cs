using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Cli.Commands;

/// <summary>Renders a syntax tree for <c>parse</c>.</summary>
internal static class ParseOutput
{
    // TODO(parser): SyntaxTreeJson.ToJson / BuildKitDump.Dump once the parser lands.
    public static string Render(DockerfileSyntax syntax, string format) =>
        throw new CliException($"parse --format {format} is not available in this build yet");
}
