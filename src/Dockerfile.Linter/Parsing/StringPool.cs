namespace Dockerfile.Linter.Parsing;

/// <summary>
/// Shares the text of short words within one parse of a large text: a file of many similar instructions (keywords,
/// keys, values, whole short lines) then holds each distinct short string once instead of once per occurrence.
/// Bounded: strings longer than <see cref="MaxLength"/> are never pooled and the pool stops growing at
/// <see cref="MaxEntries"/>, so it costs at most a few megabytes however hostile the input. Below
/// <see cref="ShareFrom"/> characters nothing is pooled: a small file's tree is small whatever it holds, and the
/// pool's dictionary would cost more (allocation and hashing) than the duplicates it saves.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longest string worth sharing.</summary>
    public const int MaxLength = 64;

    /// <summary>Most distinct strings kept.</summary>
    public const int MaxEntries = 16_384;

    /// <summary>Text length from which the pool shares strings.</summary>
    public const int ShareFrom = 1 << 20;

    // null below ShareFrom
    private readonly Dictionary<string, string>? _strings;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates an empty pool for a text of <paramref name="textLength"/> characters.</summary>
    public StringPool(int textLength = 0)
    {
        if (textLength < ShareFrom) return;
        _strings = new Dictionary<string, string>(StringComparer.Ordinal);
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The shared copy of a word the grammars made (a key, a value, an image part, a shell command), in texts of at
    /// least <see cref="ShareFrom"/> characters; <paramref name="text"/> itself in smaller ones.
    /// </summary>
    public string Share(string text) => Get(text);

    /// <summary>The text of [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="source"/>, shared when short.</summary>
    public string Get(string source, int start, int end)
    {
        int length = end - start;
        if (length <= 0) return "";
        if (start == 0 && length == source.Length) return Get(source);
        if (length > MaxLength || _strings is null) return source.Substring(start, length);
        return Get(source.AsSpan(start, length));
    }

    /// <summary>The shared copy of <paramref name="text"/> (or <paramref name="text"/> itself when it is long, new or not pooled).</summary>
    public string Get(string text)
    {
        if (text.Length == 0) return "";
        if (text.Length > MaxLength || _strings is null) return text;
        if (_lookup.TryGetValue(text.AsSpan(), out var shared)) return shared;
        if (_strings.Count < MaxEntries) _strings.Add(text, text);
        return text;
    }

    private string Get(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var shared)) return shared;
        var copy = text.ToString();
        if (_strings!.Count < MaxEntries) _strings.Add(copy, copy);
        return copy;
    }
}
