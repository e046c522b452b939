using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>A COPY/ADD source read from the main build context, with the value the builder sees.</summary>
/// <param name="Word">The source as written (for spans).</param>
/// <param name="Value">The source after variable expansion.</param>
internal readonly record struct ContextSource(Word Word, string Value);

/// <summary>
/// The sources of a COPY/ADD that come from the main build context. Left out: <c>COPY --from</c> (another stage,
/// image or named context), heredoc bodies, URLs and git repositories of ADD, and sources whose variables are not
/// known statically. ONBUILD triggers are left out too: they run in another build with another context.
/// </summary>
internal static class ContextSources
{
    public static IEnumerable<ContextSource> Of(FileTransferInstruction instruction, RuleContext context)
    {
        if (context.IsOnbuildTrigger || instruction.HasFlag("from")) yield break;
        foreach (var word in instruction.Sources)
        {
            if (!instruction.Heredocs.IsEmpty && word.Text.StartsWith("<<", StringComparison.Ordinal)) continue;
            var value = context.Semantics.Expand(word, instruction);
            if (string.IsNullOrEmpty(value) || IsRemote(value)) continue;
            yield return new ContextSource(word, value);
        }
    }

    /// <summary>The keyword as BuildKit names it in messages (<c>Copy</c>, <c>Add</c>).</summary>
    public static string CommandName(FileTransferInstruction instruction) => instruction is AddInstruction ? "Add" : "Copy";

    private static bool IsRemote(string value) =>
        value.Contains("://", StringComparison.Ordinal) || value.StartsWith("git@", StringComparison.Ordinal);
}
