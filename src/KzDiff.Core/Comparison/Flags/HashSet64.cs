using System.Numerics;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// A fixed set of 64-bit hashes in one open-addressed array: a lookup is one multiply and
/// usually one cache line, where a general hash set follows a bucket to an entry in another
/// array. Built once per edition for <see cref="EditionVocabulary"/>; 0 stands for an empty slot,
/// so a hash of 0 is stored as 1 (a 64-bit hash is 0 once in 2^64 words).
/// </summary>
internal sealed class HashSet64
{
    private readonly ulong[] _slots;
    private readonly int _shift;

    public HashSet64(IReadOnlyCollection<ulong> hashes)
    {
        // At most half full: a miss ends at the first empty slot, a probe or two later.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, hashes.Count * 2));
        _shift = 64 - BitOperations.Log2((uint)size);
        _slots = new ulong[size];
        foreach (var hash in hashes)
        {
            var value = hash == 0 ? 1 : hash;
            var slot = Slot(value);
            while (_slots[slot] != 0 && _slots[slot] != value)
            {
                slot = (slot + 1) & (size - 1);
            }

            _slots[slot] = value;
        }
    }

    public bool Contains(ulong hash)
    {
        var value = hash == 0 ? 1 : hash;
        var slots = _slots;
        var slot = Slot(value);
        while (true)
        {
            var found = slots[slot];
            if (found == value)
            {
                return true;
            }

            if (found == 0)
            {
                return false;
            }

            slot = (slot + 1) & (slots.Length - 1);
        }
    }

    private int Slot(ulong value) => (int)((value * 0x9E3779B97F4A7C15UL) >> _shift);
}
