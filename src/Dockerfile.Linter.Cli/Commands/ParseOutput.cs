using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Cli.Commands;

/// <summary>Renders a syntax tree for <c>parse</c>: the lossless JSON tree or BuildKit's <c>Node.Dump</c> text.</summary>
internal static class ParseOutput
{
    public static string Render(DockerfileSyntax syntax, string format)
    {
        string text = format == "buildkit" ? BuildKitDump.Dump(syntax) : SyntaxTreeJson.ToJson(syntax);
        return text.Length == 0 || text.EndsWith('\n') ? text : text + "\n";
    }
}
