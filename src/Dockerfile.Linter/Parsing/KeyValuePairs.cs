using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Parsing;

/// <summary>
/// The pairs of one ENV or LABEL as the builder collects them: as slots while every pair packs into one (the common
/// case: no pair objects made), as pair objects from the first that does not.
/// </summary>
internal struct KeyValuePairs(int capacity)
{
    private KeyValueSlot[] _slots = capacity == 0 ? [] : new KeyValueSlot[capacity];
    private KeyValue[]? _objects;
    private int _count;

    /// <summary>Adds a pair from its texts and spans.</summary>
    public void Add(string key, TextSpan keySpan, string value, TextSpan valueSpan, bool isLegacy, TextSpan span)
    {
        if (_count == _slots.Length) Array.Resize(ref _slots, Math.Max(1, _count * 2));
        if (_objects is null && KeyValueSlot.TryOf(key, keySpan, value, valueSpan, isLegacy, span, out var slot))
        {
            _slots[_count++] = slot;
            return;
        }
        if (_objects is null)
        {
            _objects = new KeyValue[_slots.Length];
            for (int i = 0; i < _count; i++) _objects[i] = _slots[i].ToPair();
        }
        else if (_objects.Length == _count)
        {
            Array.Resize(ref _objects, _count * 2);
        }
        _objects[_count++] = new KeyValue(key, keySpan, value, valueSpan, isLegacy, span);
    }

    /// <summary>The pairs as objects when one of them did not pack into a slot, else null.</summary>
    public readonly KeyValue[]? Objects() => _objects is null ? null : _objects.Length == _count ? _objects : _objects[.._count];

    /// <summary>The pairs as slots (when <see cref="Objects"/> is null).</summary>
    public readonly KeyValueSlot[] Slots() => _count == 0 ? [] : _slots.Length == _count ? _slots : _slots[.._count];
}
