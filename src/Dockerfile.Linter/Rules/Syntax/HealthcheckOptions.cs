using System.Globalization;
using System.Text.RegularExpressions;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>The HEALTHCHECK values BuildKit's instructions layer refuses: option values and the type word.</summary>
internal static partial class HealthcheckOptions
{
    private static readonly string[] DurationFlags = ["interval", "timeout", "start-period", "start-interval"];

    /// <summary>Every problem with the instruction, as (span, message) pairs in BuildKit's words where it has them.</summary>
    public static IEnumerable<(TextSpan Span, string Message)> Problems(HealthcheckInstruction healthcheck)
    {
        if (healthcheck.Type is { } type && !type.Text.Equals("CMD", StringComparison.OrdinalIgnoreCase) && !healthcheck.IsNone)
            yield return (type.Span, $"Unknown type \"{type.Text.ToUpperInvariant()}\" in HEALTHCHECK (try CMD)");
        if (healthcheck.IsNone) yield break;   // BuildKit never reads options of HEALTHCHECK NONE
        foreach (var flag in healthcheck.Flags)
        {
            var span = flag.ValueSpan ?? flag.Span;
            if (Array.IndexOf(DurationFlags, flag.Name) >= 0)
            {
                if (flag.Value is null || flag.Value.Contains('$')) continue;
                if (!TryParseGoDuration(flag.Value, out var duration))
                    yield return (span, $"time: invalid duration \"{flag.Value}\" in --{flag.Name}");
                else if (duration > TimeSpan.Zero && duration < TimeSpan.FromMilliseconds(1))
                    yield return (span, $"--{flag.Name} cannot be less than 1ms");
            }
            else if (flag.Name == "retries" && flag.Value is { } retries && !retries.Contains('$') &&
                     (!long.TryParse(retries, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) || n < 0))
            {
                yield return (span, $"--retries must be a whole number of 0 or more, not \"{retries}\"");
            }
        }
    }

    /// <summary>Parses a Go duration (<c>30s</c>, <c>1m30s</c>, <c>1.5h</c>, <c>0</c>).</summary>
    internal static bool TryParseGoDuration(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (text is "0" or "+0" or "-0") return true;
        var match = GoDuration().Match(text);
        if (!match.Success) return false;
        double ticks = 0;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unitMatch = Unit().Match(part.Value);
            double value = double.Parse(part.Value[..unitMatch.Index], CultureInfo.InvariantCulture);
            ticks += value * unitMatch.Value switch
            {
                "ns" => 0.01, "us" or "µs" or "μs" => 10, "ms" => TimeSpan.TicksPerMillisecond,
                "s" => TimeSpan.TicksPerSecond, "m" => TimeSpan.TicksPerMinute, _ => TimeSpan.TicksPerHour,
            };
        }
        duration = TimeSpan.FromTicks((long)Math.Min(ticks, long.MaxValue));
        if (text.StartsWith('-')) duration = -duration;
        return true;
    }

    [GeneratedRegex(@"^[+-]?(?<part>(\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$")]
    private static partial Regex GoDuration();

    [GeneratedRegex(@"(ns|us|µs|μs|ms|s|m|h)$")]
    private static partial Regex Unit();
}
