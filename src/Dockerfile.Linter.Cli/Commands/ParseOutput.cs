using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Cli.Commands;

/// <summary>Renders a syntax tree for <c>parse</c>.</summary>
internal static class ParseOutput
{
    public static string Render(DockerfileSyntax syntax, string format) => format switch
    {
        "buildkit" => BuildKitDump.Dump(syntax),
        // TODO(parser): SyntaxTreeJson.ToJson once it lands.
        _ => throw new CliException($"parse --format {format} is not available in this build yet"),
    };
}
