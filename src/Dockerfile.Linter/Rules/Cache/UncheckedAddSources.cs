using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// The sources of an ADD that no <c>--checksum</c> pins, each with its value (variables expanded where they are known,
/// else as written): what the rules about unpinned downloads (DF1004) and git sources (DF1005) judge.
/// </summary>
internal static class UncheckedAddSources
{
    /// <summary>Every source of <paramref name="add"/> with its value, or none when the ADD has a checksum.</summary>
    public static IEnumerable<(Word Source, string Value)> Of(AddInstruction add, RuleContext context)
    {
        if (add.HasFlag("checksum")) yield break;
        foreach (var source in add.Sources)
            yield return (source, context.Semantics.Expand(source, add) ?? source.Text);
    }
}
