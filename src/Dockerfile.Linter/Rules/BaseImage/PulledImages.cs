using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// The images a file pulls, found and parsed once per file for the tag rules (DL3006, DL3007) to ask the same of
/// each: every FROM's image, and the images named by <c>COPY --from=&lt;image&gt;</c> and
/// <c>RUN --mount=from=&lt;image&gt;</c>. Named build contexts and empty values are no image. ONBUILD triggers are not
/// looked at: their names belong to the build that uses the image.
/// </summary>
/// <remarks>
/// Only the images those rules can report are kept: without a digest, and with no tag or <c>latest</c>. The list
/// lives as long as the lint, and a file of millions of tagged FROM lines would otherwise hold one entry per line.
/// </remarks>
internal static class PulledImages
{
    // a static array: a params array literal is built (and its data looked up) on every call
    private static readonly char[] ReferenceMarks = [':', '/', '@'];

    /// <summary>One pulled image.</summary>
    /// <param name="Instruction">The FROM, COPY or RUN that names it.</param>
    /// <param name="Value">The reference with its variables expanded, or as written when their values are not known.</param>
    /// <param name="IsKnown">False for a FROM whose variables have no known value (<see cref="Value"/> is then the text as written).</param>
    /// <param name="Span">Where the reference is written.</param>
    /// <param name="Reference"><see cref="Value"/> parsed.</param>
    internal sealed record PulledImage(Instruction Instruction, string Value, bool IsKnown, TextSpan Span, ImageReference Reference);

    /// <summary>The images the file of <paramref name="context"/> pulls without a digest and with no tag or <c>latest</c>, in file order; found once per lint and shared.</summary>
    public static IReadOnlyList<PulledImage> Of(RuleContext context) => context.GetShared(Find);

    private static void Add(List<PulledImage> images, PulledImage image)
    {
        if (image.Reference is { Digest: null, Tag: null or "latest" }) images.Add(image);
    }

    private static List<PulledImage> Find(RuleContext context)
    {
        var images = new List<PulledImage>();
        foreach (var instruction in context.Syntax.Instructions)
        {
            if (instruction is FromInstruction from) AddFrom(from, context, images);
            else if (instruction is CopyInstruction { From: { Value: { } raw } flag } && AsImage(raw, instruction, context) is { } copied)
                Add(images, Parsed(instruction, copied, flag.ValueSpan ?? flag.Span));
            else if (instruction is RunInstruction run) AddMounted(run, context, images);
        }
        return images;
    }

    private static void AddFrom(FromInstruction from, RuleContext context, List<PulledImage> images)
    {
        if (from.Image is not { } image) return;
        string? known = context.Semantics.Expand(image.Text, from);
        string value = known ?? image.Text;
        if (value.Length == 0 || context.IsNamedContext(value)) return;
        // the image as written was parsed with the file; only an expanded value needs reading again
        var reference = value == image.Text ? image : DockerfileParser.ParseImageReference(value, image.Span);
        Add(images, new PulledImage(from, value, known is not null, image.Span, reference));
    }

    private static void AddMounted(RunInstruction run, RuleContext context, List<PulledImage> images)
    {
        foreach (var mount in run.Mounts)
            foreach (var option in mount.Options)
            {
                if (option.Key != "from" || option.Value is not { } value || AsImage(value, run, context) is not { } mounted) continue;
                // the option's text is from=<value>; point at the value when it is written as is
                string text = context.Source.GetText(option.Span);
                var span = text.EndsWith(value, StringComparison.Ordinal)
                    ? new TextSpan(option.Span.End - value.Length, value.Length)
                    : option.Span;
                Add(images, Parsed(run, mounted, span));
            }
    }

    private static PulledImage Parsed(Instruction instruction, string value, TextSpan span) =>
        new(instruction, value, IsKnown: true, span, DockerfileParser.ParseImageReference(value, span));

    // A --from value is an image when it is neither an earlier stage (by name or index) nor a named build context, and
    // looks like one (it holds a ':', '/' or '@'; a bare unknown name is DL3022's question).
    private static string? AsImage(string raw, Instruction instruction, RuleContext context)
    {
        string? value = raw.Contains('$') ? context.Semantics.Expand(raw, instruction) : raw;
        if (string.IsNullOrEmpty(value) || context.IsNamedContext(value) || value.IndexOfAny(ReferenceMarks) < 0) return null;
        var current = context.Semantics.GetStage(instruction);
        if (current is null || context.Semantics.FindStage(value, current) is not null) return null;
        return value;
    }
}
