using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace Dockerfile.Linter.Syntax;

/// <summary>Base of ENV and LABEL.</summary>
/// <remarks>
/// The pairs are kept as slots (their texts and start offsets, see <see cref="KeyValueSlot"/>) in one array, and the
/// <see cref="KeyValue"/> objects are made when <see cref="Pairs"/> is read (each read gives new objects, equal in
/// content): a file of millions of <c>ENV A=b C=d</c> lines would otherwise hold three objects per line besides the
/// instruction. Pairs whose spans do not follow from their texts are kept as given. The pairs last made on a thread
/// are kept for that thread and given again to the next read of the same instruction: the rules that each read the
/// pairs of the instruction being linted then share one set instead of making one each.
/// </remarks>
public abstract class KeyValueInstruction : Instruction
{
    // KeyValueSlot[] when every pair packs into a slot (the parser's common case), else KeyValue[]
    private readonly object _pairs = Array.Empty<KeyValueSlot>();

    /// <summary>Creates an empty instruction; set every required member.</summary>
    protected KeyValueInstruction()
    {
    }

    /// <summary>An instruction holding its pairs as slots.</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // the header is the caller's to set; its getter reads the instruction's own fields
    private protected KeyValueInstruction(KeyValueSlot[] pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        _pairs = pairs;
    }
#pragma warning restore CS8618

    [ThreadStatic] private static KeyValueInstruction? t_lastOwner;
    [ThreadStatic] private static KeyValue[]? t_lastPairs;

    /// <summary>
    /// The pairs in order. Made when read (equal in content from read to read; the same objects while no other
    /// instruction's pairs are read on the thread in between).
    /// </summary>
    public required ImmutableArray<KeyValue> Pairs
    {
        get
        {
            if (_pairs is KeyValue[] objects) return ImmutableCollectionsMarshal.AsImmutableArray(objects);
            var slots = (KeyValueSlot[])_pairs;
            if (slots.Length == 0) return [];
            if (ReferenceEquals(t_lastOwner, this)) return ImmutableCollectionsMarshal.AsImmutableArray(t_lastPairs);
            var made = new KeyValue[slots.Length];
            for (int i = 0; i < made.Length; i++) made[i] = slots[i].ToPair();
            (t_lastOwner, t_lastPairs) = (this, made);
            return ImmutableCollectionsMarshal.AsImmutableArray(made);
        }
        init
        {
            if (value.IsDefaultOrEmpty)
            {
                _pairs = Array.Empty<KeyValueSlot>();
                return;
            }
            var slots = new KeyValueSlot[value.Length];
            for (int i = 0; i < slots.Length; i++)
            {
                if (!KeyValueSlot.TryPack(value[i], out slots[i]))
                {
                    _pairs = ImmutableCollectionsMarshal.AsArray(value)!;
                    return;
                }
            }
            _pairs = slots;
        }
    }

    /// <summary>How many pairs there are, without making them.</summary>
    internal int PairCount => _pairs is KeyValue[] objects ? objects.Length : ((KeyValueSlot[])_pairs).Length;
}
