using System.Buffers;
using Pidgin;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>
/// Runs of characters as single Pidgin parsers: what <c>Token(predicate).ManyString()</c> and its skipping and
/// at-least-once variants read, found with one vectorised <see cref="SearchValues{T}"/> scan over the input window
/// instead of one parser call, one delegate call and one list append per character. A run of at least one character
/// fails like <c>Token(predicate)</c> does on its first character: at that place, with no expected token of its own
/// (the enclosing <c>Labelled</c> names it).
/// </summary>
internal static class CharRun
{
    /// <summary>The characters of Go's <c>unicode.IsSpace</c> within the BMP (<see cref="GoText.IsSpace"/>).</summary>
    public static readonly string GoSpaces = AllChars(GoText.IsSpace);

    /// <summary>A run of characters from <paramref name="chars"/>.</summary>
    public static Parser<char, string> While(string chars, int minimum = 0) =>
        new TextRun(SearchValues.Create(chars), inSet: true, minimum);

    /// <summary>A run of characters not in <paramref name="stops"/>.</summary>
    public static Parser<char, string> Until(string stops, int minimum = 0) =>
        new TextRun(SearchValues.Create(stops), inSet: false, minimum);

    /// <summary>Skips a run of characters from <paramref name="chars"/>.</summary>
    public static Parser<char, Unit> SkipWhile(string chars, int minimum = 0) =>
        new SkippedRun(SearchValues.Create(chars), inSet: true, minimum);

    /// <summary>Skips a run of characters not in <paramref name="stops"/>.</summary>
    public static Parser<char, Unit> SkipUntil(string stops, int minimum = 0) =>
        new SkippedRun(SearchValues.Create(stops), inSet: false, minimum);

    /// <summary>Everything up to the end of the input.</summary>
    public static Parser<char, string> ToEnd(int minimum = 0) => new TextRun(null, inSet: false, minimum);

    /// <summary>Skips everything up to the end of the input.</summary>
    public static Parser<char, Unit> SkipToEnd() => new SkippedRun(null, inSet: false, minimum: 0);

    /// <summary>The ASCII digits.</summary>
    public const string Digits = "0123456789";

    /// <summary>The ASCII letters and digits.</summary>
    public const string AsciiAlphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>The hexadecimal digits in both cases.</summary>
    public const string HexDigits = "0123456789abcdefABCDEF";

    /// <summary>BuildKit's <c>reWhitespace</c> set (<see cref="GoText.IsTokenSpace"/>).</summary>
    public const string TokenSpaces = " \t\v\f\r";

    /// <summary>The ASCII blanks of <see cref="GoText.IsByteSpace"/>.</summary>
    public const string ByteSpaces = " \t\n\v\f\r";

    private static string AllChars(Func<char, bool> predicate)
    {
        var chars = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (predicate((char)c)) chars.Add((char)c);
        }
        return new string([.. chars]);
    }

    private abstract class Run<T>(SearchValues<char>? set, bool inSet, int minimum) : Parser<char, T>
    {
        private const int FirstWindow = 128;

        protected abstract T Value(ReadOnlySpan<char> run);

        public sealed override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out T result)
        {
            // The window doubles until the run stops inside it; each character is scanned once.
            int window = FirstWindow, length = 0;
            ReadOnlySpan<char> ahead;
            while (true)
            {
                ahead = state.LookAhead(window);
                var unscanned = ahead[length..];
                int stop = set is null ? -1 : inSet ? unscanned.IndexOfAnyExcept(set) : unscanned.IndexOfAny(set);
                if (stop >= 0)
                {
                    length += stop;
                    break;
                }
                length = ahead.Length;
                if (ahead.Length < window || window > int.MaxValue / 4) break;
                window *= 2;
            }
            if (length < minimum)
            {
                bool atEnd = ahead.Length <= length;
                state.SetError(atEnd ? Maybe.Nothing<char>() : Maybe.Just(ahead[length]), atEnd, state.Location + length, null);
                result = default!;
                return false;
            }
            result = Value(ahead[..length]);
            state.Advance(length);
            return true;
        }
    }

    private sealed class TextRun(SearchValues<char>? set, bool inSet, int minimum) : Run<string>(set, inSet, minimum)
    {
        protected override string Value(ReadOnlySpan<char> run) => run.Length == 0 ? "" : new string(run);
    }

    private sealed class SkippedRun(SearchValues<char>? set, bool inSet, int minimum) : Run<Unit>(set, inSet, minimum)
    {
        protected override Unit Value(ReadOnlySpan<char> run) => Unit.Value;
    }
}
