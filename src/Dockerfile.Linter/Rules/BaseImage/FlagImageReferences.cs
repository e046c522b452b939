using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// The images named outside FROM: <c>COPY --from=&lt;image&gt;</c> and <c>RUN --mount=from=&lt;image&gt;</c>, for the
/// tag rules (DL3006, DL3007) to ask of every image reference what they ask of FROM.
/// </summary>
internal static class FlagImageReferences
{
    /// <summary>One image reference: its value (variables expanded) and the span of the value as written.</summary>
    internal readonly record struct FlagImage(string Value, TextSpan Span);

    /// <summary>
    /// The image references of <paramref name="instruction"/>'s <c>--from</c> and mount <c>from=</c> values that are
    /// neither an earlier stage (by name or index) nor a named build context, and that look like an image (they hold
    /// a <c>:</c>, <c>/</c> or <c>@</c>; a bare unknown name is DL3022's question). The rules that ask take no
    /// ONBUILD triggers: their names belong to the build that uses the image.
    /// </summary>
    public static IEnumerable<FlagImage> Of(Instruction instruction, RuleContext context)
    {
        if (instruction is CopyInstruction { From: { Value: { } raw } flag }
            && AsImage(raw, instruction, context) is { } image)
            yield return new FlagImage(image, flag.ValueSpan ?? flag.Span);
        if (instruction is not RunInstruction run) yield break;
        foreach (var mount in run.Mounts)
            foreach (var option in mount.Options)
            {
                if (option.Key != "from" || option.Value is not { } value || AsImage(value, instruction, context) is not { } mounted) continue;
                // the option's text is from=<value>; point at the value when it is written as is
                string text = context.Source.GetText(option.Span);
                var span = text.EndsWith(value, StringComparison.Ordinal)
                    ? new TextSpan(option.Span.End - value.Length, value.Length)
                    : option.Span;
                yield return new FlagImage(mounted, span);
            }
    }

    private static string? AsImage(string raw, Instruction instruction, RuleContext context)
    {
        string? value = raw.Contains('$') ? context.Semantics.Expand(raw, instruction) : raw;
        if (string.IsNullOrEmpty(value) || context.IsNamedContext(value) || value.IndexOfAny([':', '/', '@']) < 0) return null;
        var current = context.Semantics.GetStage(instruction);
        if (current is null || context.Semantics.FindStage(value, current) is not null) return null;
        return value;
    }
}
