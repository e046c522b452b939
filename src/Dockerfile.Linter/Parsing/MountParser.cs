using System.Collections.Immutable;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Parsing;

/// <summary>Parses the CSV value of a RUN <c>--mount</c> flag into a <see cref="MountSpec"/>.</summary>
internal static class MountParser
{
    /// <summary>Parses <paramref name="flag"/>'s value (never throws).</summary>
    public static MountSpec Parse(Flag flag)
    {
        string value = flag.Value ?? "";
        var options = ImmutableArray.CreateBuilder<MountOption>();
        var valueSpan = flag.ValueSpan ?? flag.Span;
        // Option spans are exact only when the flag's raw value text equals its processed value.
        bool exact = valueSpan.Length == value.Length;
        foreach (var (start, end) in SplitCsv(value))
        {
            string field = value[start..end].Trim();
            if (field.Length == 0) continue;
            int eq = field.IndexOf('=');
            string key = (eq < 0 ? field : field[..eq]).Trim().ToLowerInvariant();
            string? optionValue = eq < 0 ? null : Unquote(field[(eq + 1)..].Trim());
            var span = exact ? new TextSpan(valueSpan.Start + start, end - start) : valueSpan;
            options.Add(new MountOption { Key = key, Value = optionValue, Span = span });
        }
        string type = "bind";
        foreach (var o in options)
            if (o.Key == "type" && o.Value is not null) type = o.Value.ToLowerInvariant();
        return new MountSpec { Flag = flag, Type = type, Options = options.ToImmutable(), Span = flag.Span };
    }

    // Splits at commas outside double quotes (CSV fields).
    private static List<(int Start, int End)> SplitCsv(string s)
    {
        var fields = new List<(int, int)>();
        int start = 0;
        bool quoted = false;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '"') quoted = !quoted;
            else if (s[i] == ',' && !quoted)
            {
                fields.Add((start, i));
                start = i + 1;
            }
        }
        fields.Add((start, s.Length));
        return fields;
    }

    private static string Unquote(string s) =>
        s.Length >= 2 && s[0] == '"' && s[^1] == '"' ? s[1..^1].Replace("\"\"", "\"") : s;
}
