using System.Collections.Immutable;
using Dockerfile.Linter.Parsing.Grammar;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Parsing;

/// <summary>Builds a <see cref="MountSpec"/> from the value of a RUN <c>--mount</c> flag with <see cref="MountGrammar"/>.</summary>
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
        GrammarParts.TryParse(MountGrammar.Fields, value, 0, value.Length, out var fields, out _);
        foreach (var field in fields ?? [])
        {
            string text = field.Value.Trim();
            if (text.Length == 0) continue;
            GrammarParts.TryParse(MountGrammar.Option, text, 0, text.Length, out var option, out _);
            var span = exact ? new TextSpan(valueSpan.Start + field.Start, field.End - field.Start) : valueSpan;
            options.Add(new MountOption
            {
                Key = option.Key.Trim().ToLowerInvariant(), Value = option.Value is { } v ? Unquote(v.Trim()) : null, Span = span,
            });
        }
        string type = "bind";
        foreach (var o in options)
            if (o.Key == "type" && o.Value is not null) type = o.Value.ToLowerInvariant();
        return new MountSpec { Flag = flag, Type = type, Options = options.ToImmutable(), Span = flag.Span };
    }

    private static string Unquote(string s) =>
        s.Length >= 2 && s[0] == '"' && s[^1] == '"' ? s[1..^1].Replace("\"\"", "\"") : s;
}
