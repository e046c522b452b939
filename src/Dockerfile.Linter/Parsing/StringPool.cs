namespace Dockerfile.Linter.Parsing;

/// <summary>
/// Shares the text of short words within one parse: a file of many similar instructions (keywords, keys, values,
/// whole short lines) then holds each distinct short string once instead of once per occurrence. Bounded: strings
/// longer than <see cref="MaxLength"/> are never pooled and the pool stops growing at <see cref="MaxEntries"/>, so it
/// costs at most a few megabytes however hostile the input.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longest string worth sharing.</summary>
    public const int MaxLength = 64;

    /// <summary>Most distinct strings kept.</summary>
    public const int MaxEntries = 16_384;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>
    /// Text length from which <see cref="Share"/> pools: below it a file's tree is small whatever it holds, and the
    /// pool's dictionary would cost more than it saves.
    /// </summary>
    public const int ShareFrom = 1 << 20;

    private readonly bool _sharesWords;

    /// <summary>Creates an empty pool for a text of <paramref name="textLength"/> characters.</summary>
    public StringPool(int textLength = 0)
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        _sharesWords = textLength >= ShareFrom;
    }

    /// <summary>
    /// The shared copy of a word the grammars made (a key, a value, an image part, a shell command), in texts of at
    /// least <see cref="ShareFrom"/> characters; <paramref name="text"/> itself in smaller ones.
    /// </summary>
    public string Share(string text) => _sharesWords ? Get(text) : text;

    /// <summary>The text of [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="source"/>, shared when short.</summary>
    public string Get(string source, int start, int end)
    {
        int length = end - start;
        if (length <= 0) return "";
        if (start == 0 && length == source.Length) return Get(source);
        if (length > MaxLength) return source.Substring(start, length);
        return Get(source.AsSpan(start, length));
    }

    /// <summary>The shared copy of <paramref name="text"/> (or <paramref name="text"/> itself when it is long or new).</summary>
    public string Get(string text)
    {
        if (text.Length == 0) return "";
        if (text.Length > MaxLength) return text;
        if (_lookup.TryGetValue(text.AsSpan(), out var shared)) return shared;
        if (_strings.Count < MaxEntries) _strings.Add(text, text);
        return text;
    }

    private string Get(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var shared)) return shared;
        var copy = text.ToString();
        if (_strings.Count < MaxEntries) _strings.Add(copy, copy);
        return copy;
    }
}
