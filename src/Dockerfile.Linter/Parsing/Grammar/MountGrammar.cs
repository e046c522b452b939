using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>One option of a mount: key and, after the first <c>=</c>, the value (both as written, untrimmed).</summary>
internal readonly record struct MountOptionText(string Key, string? Value);

/// <summary>
/// The value of RUN's <c>--mount</c> flag: CSV fields separated by commas outside double quotes, each
/// <c>key[=value]</c> (<c>type=cache,target=/root/.cache,sharing=locked</c>, <c>ro</c>).
/// </summary>
internal static class MountGrammar
{
    private static readonly Parser<char, Unit> QuotedRun =
        Char('"').Then(CharRun.SkipUntil("\"")).Then(Char('"').IgnoreResult().Or(End));

    private static readonly Parser<char, Unit> PlainRun = CharRun.SkipUntil(",\"", minimum: 1);

    private static readonly Parser<char, Located<string>> Field =
        OneOf(PlainRun, QuotedRun).SkipMany().MapWithInput((input, _) => input.ToString()).Spanned();

    /// <summary>The comma-separated fields (empty ones included); always succeeds.</summary>
    public static readonly Parser<char, IEnumerable<Located<string>>> Fields = Field.Separated(Char(',')).Before(End);

    /// <summary>One field: the key up to the first <c>=</c>, the value after it.</summary>
    public static readonly Parser<char, MountOptionText> Option = Map(
        (key, value) => new MountOptionText(key, value.HasValue ? value.Value : null),
        CharRun.Until("="),
        Char('=').Then(CharRun.ToEnd()).Optional());
}
