using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Context;

/// <summary>
/// The COPY/ADD sources the builder reads from a context, with variables expanded: heredoc bodies, URLs, git
/// remotes and sources whose variables are not known statically are left out.
/// </summary>
internal static class MainContextSources
{
    /// <summary>The sources of <paramref name="instruction"/>, whatever its <c>--from</c>.</summary>
    public static IEnumerable<(Word Word, string Value)> Of(FileTransferInstruction instruction, SemanticModel semantics)
    {
        foreach (var word in instruction.Sources)
        {
            if (!instruction.Heredocs.IsEmpty && word.Text.StartsWith("<<", StringComparison.Ordinal)) continue;
            var value = semantics.Expand(word, instruction);
            if (string.IsNullOrEmpty(value) || RemoteSource.IsRemote(value)) continue;
            yield return (word, value);
        }
    }

    /// <summary>The main-context sources of every COPY/ADD of the file without <c>--from</c> (ONBUILD triggers are not instructions of the file).</summary>
    public static IEnumerable<string> OfFile(DockerfileSyntax syntax, SemanticModel semantics) =>
        syntax.Instructions.OfType<FileTransferInstruction>()
            .Where(i => !i.HasFlag("from"))
            .SelectMany(i => Of(i, semantics))
            .Select(s => s.Value);
}
