using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>One top-level element of a JSON array: its decoded value when it is a string, and its literal's offsets.</summary>
internal readonly record struct JsonElement(bool IsString, string? Value, int Start, int End);

/// <summary>What the JSON-array check made of an instruction's arguments.</summary>
internal enum JsonArrayOutcome
{
    /// <summary>Not a JSON array (or not valid JSON): BuildKit silently falls back to shell / word form.</summary>
    NotJson,
    /// <summary>A valid JSON array of strings: exec form.</summary>
    Strings,
    /// <summary>A valid JSON array with a non-string element: a hard parse error.</summary>
    NonString,
}

/// <summary>
/// JSON array detection with Go's <c>encoding/json</c> rules: the whole text (after leading blanks) must be one valid
/// JSON array followed only by JSON whitespace.
/// </summary>
internal static class JsonArrayGrammar
{
    private const int GoMaxDepth = 10000;
    private const int CombinatorDepthLimit = 64;

    private static readonly Parser<char, Unit> Ws =
        CharRun.SkipWhile(" \t\n\r");

    private static readonly Parser<char, char> Hex =
        Token(c => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F');

    private static readonly Parser<char, string> UnicodeEscape =
        Char('u').Then(Hex.RepeatString(4)).Select(h => ((char)Convert.ToInt32(h, 16)).ToString());

    // Only whether the text is JSON matters, never what was expected where: the characters a loop or an option
    // ends on fail quietly.
    private static readonly Parser<char, string> Escape =
        GrammarParts.Quiet('\\').Then(OneOf(
            Char('"').ThenReturn("\""),
            Char('\\').ThenReturn("\\"),
            Char('/').ThenReturn("/"),
            Char('b').ThenReturn("\b"),
            Char('f').ThenReturn("\f"),
            Char('n').ThenReturn("\n"),
            Char('r').ThenReturn("\r"),
            Char('t').ThenReturn("\t"),
            UnicodeEscape));

    // JSON strings end at a quote, take a backslash as an escape and refuse control characters.
    private static readonly string JsonStringStops = "\"\\" + new string([.. Enumerable.Range(0, 0x20).Select(c => (char)c)]);

    private static readonly Parser<char, string> PlainRun =
        CharRun.Until(JsonStringStops, minimum: 1);

    private static readonly Parser<char, string> JsonString =
        Char('"').Then(PlainRun.Or(Escape).Many()).Before(Char('"'))
            .Select(parts => GoText.FixSurrogates(string.Concat(parts)));

    private static readonly Parser<char, Unit> Digits = CharRun.SkipWhile(CharRun.Digits, minimum: 1);

    // Go decodes numbers into float64: a literal beyond its range makes Unmarshal fail, so the text is not JSON then.
    private static readonly Parser<char, Unit> Number =
        Char('-').Optional()
            .Then(Char('0').IgnoreResult().Or(Token(c => c is >= '1' and <= '9').Then(CharRun.SkipWhile(CharRun.Digits))))
            .Then(Char('.').Then(Digits).Optional())
            .Then(OneOf(Char('e'), Char('E')).Then(OneOf(Char('+'), Char('-')).Optional()).Then(Digits).Optional())
            .MapWithInput((input, _) => double.IsFinite(double.Parse(input, NumberStyles.Float, CultureInfo.InvariantCulture)))
            .Assert(finite => finite, "number out of float64 range")
            .IgnoreResult();

    private static readonly Parser<char, Unit> AnyValue = Rec(() => ValueParser!);

    private static readonly Parser<char, Unit> ArrayValue =
        Char('[').Then(Ws).Then(AnyValue.Before(Ws).Separated(GrammarParts.Quiet(',').Then(Ws))).Then(Char(']')).IgnoreResult();

    private static readonly Parser<char, Unit> ObjectValue =
        Char('{').Then(Ws)
            .Then(JsonString.Then(Ws).Then(Char(':')).Then(Ws).Then(AnyValue).Before(Ws).Separated(GrammarParts.Quiet(',').Then(Ws)))
            .Then(Char('}')).IgnoreResult();

    private static readonly Parser<char, Unit> ValueParser = OneOf(
        JsonString.IgnoreResult(),
        Number,
        ArrayValue,
        ObjectValue,
        String("true").IgnoreResult(),
        String("false").IgnoreResult(),
        String("null").IgnoreResult());

    private static readonly Parser<char, JsonElement> Element = OneOf(
        Map((start, value, end) => new JsonElement(true, value, start, end), CurrentOffset, JsonString, CurrentOffset),
        Map((start, _, end) => new JsonElement(false, null, start, end), CurrentOffset, ValueParser, CurrentOffset));

    private static readonly Parser<char, IEnumerable<JsonElement>> TopArray =
        Char('[').Then(Ws).Then(Element.Before(Ws).Separated(GrammarParts.Quiet(',').Then(Ws))).Before(Char(']')).Before(Ws).Before(End);

    /// <summary>Checks <paramref name="text"/> (the arguments after the flags, already trimmed) for a JSON array.</summary>
    public static JsonArrayOutcome Parse(string text, out ImmutableArray<JsonElement> elements)
    {
        elements = [];
        int lead = GoText.SkipSpace(text, 0, text.Length);
        if (lead >= text.Length || text[lead] != '[') return JsonArrayOutcome.NotJson;
        string body = lead == 0 ? text : text[lead..];
        int depth = MaxNesting(body);
        if (depth > GoMaxDepth) return JsonArrayOutcome.NotJson;
        if (depth > CombinatorDepthLimit)
            return IsValidDeepJson(body) ? JsonArrayOutcome.NonString : JsonArrayOutcome.NotJson;
        var result = TopArray.Parse(body);
        if (!result.Success) return JsonArrayOutcome.NotJson;
        var builder = ImmutableArray.CreateBuilder<JsonElement>();
        foreach (var e in result.Value)
        {
            if (!e.IsString) return JsonArrayOutcome.NonString;
            builder.Add(e with { Start = e.Start + lead, End = e.End + lead });
        }
        elements = builder.ToImmutable();
        return JsonArrayOutcome.Strings;
    }

    private static int MaxNesting(string s)
    {
        int depth = 0, max = 0;
        bool inString = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            switch (c)
            {
                case '"': inString = true; break;
                case '[' or '{': if (++depth > max) max = depth; break;
                case ']' or '}': depth--; break;
            }
        }
        return max;
    }

    // Deeply nested input is validated without recursion; with depth > 1 the top array holds a non-string element.
    private static bool IsValidDeepJson(string s)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(s), new JsonReaderOptions { MaxDepth = GoMaxDepth });
            while (reader.Read()) { }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
