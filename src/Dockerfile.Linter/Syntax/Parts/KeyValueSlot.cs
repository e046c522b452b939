namespace Dockerfile.Linter.Syntax;

/// <summary>
/// A <see cref="KeyValue"/> as its instruction stores it: the two texts and where they start, without an object. The
/// spans follow from the texts: the key and the value each cover their text's length, and the pair runs from the key's
/// start to the value's end. A pair for which that does not hold (a key or value cut by a line continuation) cannot be
/// stored so (<see cref="TryPack"/> says so) and its instruction keeps the pair objects instead.
/// </summary>
internal readonly struct KeyValueSlot
{
    // the value's start, bitwise complemented for the legacy form (a source offset is never negative)
    private readonly int _valueStartAndForm;

    private KeyValueSlot(string key, string value, int keyStart, int valueStart, bool isLegacy)
    {
        Key = key;
        Value = value;
        KeyStart = keyStart;
        _valueStartAndForm = isLegacy ? ~valueStart : valueStart;
    }

    /// <summary>The key as written.</summary>
    public string Key { get; }

    /// <summary>The value as written.</summary>
    public string Value { get; }

    /// <summary>Where the key starts in the original text.</summary>
    public int KeyStart { get; }

    /// <summary>Where the value starts in the original text.</summary>
    public int ValueStart => _valueStartAndForm < 0 ? ~_valueStartAndForm : _valueStartAndForm;

    /// <summary>True for the legacy <c>ENV key value</c> form.</summary>
    public bool IsLegacy => _valueStartAndForm < 0;

    /// <summary>The key's span.</summary>
    public TextSpan KeySpan => new(KeyStart, Key.Length);

    /// <summary>The value's span.</summary>
    public TextSpan ValueSpan => new(ValueStart, Value.Length);

    /// <summary>The pair's span: from the key's start to the value's end.</summary>
    public TextSpan Span => TextSpan.FromBounds(KeyStart, ValueStart + Value.Length);

    /// <summary>
    /// The slot for the pair of these texts and spans, or false when the spans do not follow from the texts (the
    /// pair must then be kept as an object).
    /// </summary>
    public static bool TryOf(string key, TextSpan keySpan, string value, TextSpan valueSpan, bool isLegacy, TextSpan span,
        out KeyValueSlot slot)
    {
        slot = new KeyValueSlot(key, value, keySpan.Start, valueSpan.Start, isLegacy);
        return keySpan.Start >= 0 && valueSpan.Start >= 0
            && keySpan == slot.KeySpan && valueSpan == slot.ValueSpan && span == slot.Span;
    }

    /// <summary>The slot holding <paramref name="pair"/> exactly, or false when its spans do not follow from its texts.</summary>
    public static bool TryPack(KeyValue pair, out KeyValueSlot slot) =>
        TryOf(pair.KeyText, pair.KeySpan, pair.ValueText, pair.ValueSpan, pair.IsLegacy, pair.Span, out slot);

    /// <summary>The pair object (a new one on each call).</summary>
    public KeyValue ToPair() => new(Key, KeySpan, Value, ValueSpan, IsLegacy, Span);
}
