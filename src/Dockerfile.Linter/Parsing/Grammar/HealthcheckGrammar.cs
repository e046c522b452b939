using System.Globalization;
using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;
using static Dockerfile.Linter.Parsing.Grammar.GrammarParts;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>HEALTHCHECK's type word and where its command starts (relative offsets).</summary>
internal readonly record struct HealthcheckHead(Located<string> Type, int CommandStart);

/// <summary>One <c>number unit</c> part of a Go duration (<c>1.5</c> and <c>h</c>); the unit may be missing.</summary>
internal readonly record struct DurationPart(string Number, Located<string>? Unit);

/// <summary>A Go duration as written: its sign and parts.</summary>
internal sealed record DurationText(bool Negative, IReadOnlyList<DurationPart> Parts);

/// <summary>
/// <c>HEALTHCHECK [options] CMD command</c> and <c>HEALTHCHECK NONE</c>: the type word (up to the first blank,
/// <c>parseHealthConfig</c>) and then a command in exec or shell form (<see cref="CommandFormGrammar"/>). The options
/// <c>--interval</c>, <c>--timeout</c>, <c>--start-period</c>, <c>--start-interval</c> take Go durations
/// (<c>[+-] (number unit)+</c> or <c>0</c>, units <c>ns us µs μs ms s m h</c>) and <c>--retries</c> a whole number;
/// the values are judged as BuildKit's <c>parseHealthcheck</c> judges them, with its error texts.
/// </summary>
internal static class HealthcheckGrammar
{
    /// <summary>The options that take a duration, in the order BuildKit checks them.</summary>
    public static readonly string[] DurationOptions = ["interval", "timeout", "start-period", "start-interval"];

    /// <summary>HEALTHCHECK's type (<c>NONE</c> or <c>CMD</c>, any case) and the blanks after it.</summary>
    public static readonly Parser<char, HealthcheckHead> Head = Map(
        (type, commandStart) => new HealthcheckHead(type, commandStart),
        CharRun.Until(CharRun.ByteSpaces, minimum: 1).Spanned().Labelled("NONE or CMD"),
        CharRun.SkipWhile(CharRun.ByteSpaces).Then(CurrentOffset));

    private static readonly Parser<char, string> Digits = CharRun.While(CharRun.Digits, minimum: 1);

    private static readonly Parser<char, string> Number = OneOf(
            Map((whole, fraction) => fraction.HasValue ? whole + "." + fraction.Value : whole,
                Digits, Char('.').Then(CharRun.While(CharRun.Digits)).Optional()),
            Char('.').Then(Digits).Select(fraction => "0." + fraction))
        .Labelled("a number");

    // Go reads a unit as everything up to the next digit or dot.
    private static readonly Parser<char, Located<string>> Unit =
        CharRun.Until("." + CharRun.Digits, minimum: 1).Spanned();

    /// <summary>A Go duration's shape (<c>time.ParseDuration</c>); units are judged by <see cref="DurationError"/>.</summary>
    public static readonly Parser<char, DurationText> Duration = Map(
            (sign, parts) => new DurationText(sign.HasValue && sign.Value == '-', parts.ToList()),
            OneOf(Char('+'), Char('-')).Optional(),
            Map((number, unit) => new DurationPart(number, unit.HasValue ? unit.Value : null), Number, Unit.Optional())
                .AtLeastOnce())
        .Before(End.Labelled("the end of the duration"));

    /// <summary>A <c>--retries</c> value: <c>strconv.ParseInt(s, 10, 32)</c>'s syntax.</summary>
    public static readonly Parser<char, string> Retries =
        Map((sign, digits) => sign.HasValue ? sign.Value + digits : digits,
                OneOf(Char('+'), Char('-')).Optional(), Digits.Labelled("a whole number"))
            .Before(End.Labelled("the end of the number"));

    private static readonly Dictionary<string, decimal> UnitNanoseconds = new(StringComparer.Ordinal)
    {
        ["ns"] = 1m, ["us"] = 1_000m, ["µs"] = 1_000m, ["μs"] = 1_000m, ["ms"] = 1_000_000m,
        ["s"] = 1_000_000_000m, ["m"] = 60_000_000_000m, ["h"] = 3_600_000_000_000m,
    };

    private const decimal MaxNanoseconds = long.MaxValue;

    /// <summary>
    /// The value of a duration option as BuildKit reads it, or its error in BuildKit's words: <c>time.ParseDuration</c>'s
    /// (<c>time: invalid duration "abc"</c>, <c>time: missing unit in duration "10"</c>,
    /// <c>time: unknown unit "x" in duration "10x"</c>) and <c>parseOptInterval</c>'s non-zero values below 1ms.
    /// </summary>
    public static TimeSpan? DurationValue(string option, string text, out string? error, out GrammarFailure? failure)
    {
        failure = null;
        if (!TryParse(Duration, text, 0, text.Length, out var duration, out var f))
        {
            failure = f;
            error = "time: invalid duration " + GoText.Quote(text);
            return null;
        }
        error = DurationError(text, duration, out decimal nanoseconds);
        if (error is not null) return null;
        if (nanoseconds != 0 && nanoseconds < 1_000_000m)
        {
            error = $"Interval {GoText.Quote(option)} cannot be less than 1ms";
            return null;
        }
        return TimeSpan.FromTicks((long)(nanoseconds / 100m));
    }

    private static string? DurationError(string text, DurationText duration, out decimal nanoseconds)
    {
        nanoseconds = 0;
        if (duration.Parts is [{ Number: "0", Unit: null }]) return null;   // "0", "+0" and "-0" need no unit
        foreach (var part in duration.Parts)
        {
            if (part.Unit is not { } unit) return "time: missing unit in duration " + GoText.Quote(text);
            if (!UnitNanoseconds.TryGetValue(unit.Value, out decimal scale))
                return $"time: unknown unit {GoText.Quote(unit.Value)} in duration {GoText.Quote(text)}";
            if (!decimal.TryParse(part.Number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number)
                || number > MaxNanoseconds / scale)
                return "time: invalid duration " + GoText.Quote(text);
            nanoseconds += decimal.Truncate(number * scale);
            if (nanoseconds > MaxNanoseconds) return "time: invalid duration " + GoText.Quote(text);
        }
        if (duration.Negative) nanoseconds = -nanoseconds;
        return null;
    }

    /// <summary>
    /// The value of <c>--retries</c>, or its error in BuildKit's words (<c>strconv.ParseInt: parsing "x": invalid
    /// syntax</c>, <c>… value out of range</c>, <c>--retries cannot be negative (-1)</c>).
    /// </summary>
    public static int? RetriesValue(string text, out string? error, out GrammarFailure? failure)
    {
        failure = null;
        if (!TryParse(Retries, text, 0, text.Length, out var digits, out var f))
        {
            failure = f;
            error = $"strconv.ParseInt: parsing {GoText.Quote(text)}: invalid syntax";
            return null;
        }
        if (!long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
            || value is > int.MaxValue or < int.MinValue)
        {
            error = $"strconv.ParseInt: parsing {GoText.Quote(text)}: value out of range";
            return null;
        }
        if (value < 0)
        {
            error = $"--retries cannot be negative ({value})";
            return null;
        }
        error = null;
        return (int)value;
    }
}
