using Dockerfile.Linter.Context;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>A COPY/ADD source read from the main build context, with the value the builder sees.</summary>
/// <param name="Word">The source as written (for spans).</param>
/// <param name="Value">The source after variable expansion.</param>
internal readonly record struct ContextSource(Word Word, string Value);

/// <summary>
/// The sources of a COPY/ADD that come from the main build context. Left out: <c>COPY --from</c> (another stage,
/// image or named context), heredoc bodies, URLs and git repositories of ADD, and sources whose variables are not
/// known statically. (ONBUILD triggers run in another build with another context: the rules that use this do not
/// take triggers, <see cref="RuleDescriptor.IncludeOnbuildTriggers"/>.)
/// </summary>
internal static class ContextSources
{
    public static IEnumerable<ContextSource> Of(FileTransferInstruction instruction, RuleContext context) =>
        instruction.HasFlag("from") ? [] : SourcesOf(instruction, context.Semantics);

    /// <summary>The sources of a <c>COPY --from=name</c> (whatever the name is), expanded like the others.</summary>
    public static IEnumerable<ContextSource> FromOtherContext(FileTransferInstruction instruction, RuleContext context) =>
        !instruction.HasFlag("from") ? [] : SourcesOf(instruction, context.Semantics);

    private static IEnumerable<ContextSource> SourcesOf(FileTransferInstruction instruction, SemanticModel semantics) =>
        MainContextSources.Of(instruction, semantics).Select(s => new ContextSource(s.Word, s.Value));

    /// <summary>The keyword as BuildKit names it in messages (<c>Copy</c>, <c>Add</c>).</summary>
    public static string CommandName(FileTransferInstruction instruction) => instruction is AddInstruction ? "Add" : "Copy";
}
