using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules.Support;

/// <summary>The port words an EXPOSE word stands for once the builder has expanded and split it.</summary>
internal static class ExposedWords
{
    /// <summary>The expanded words, or none when the value is not known statically.</summary>
    public static IReadOnlyList<string> Expand(Word raw, ExposeInstruction expose, RuleContext context) =>
        context.Semantics.Expand(raw, expose) is { } value
            ? value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            : [];
}
