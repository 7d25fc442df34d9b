using System.Numerics;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// A set of 64-bit hashes in one open-addressed array: a lookup is one multiply and usually one
/// cache line, where a general hash set follows a bucket to an entry in another array. Filled
/// once per edition for <see cref="EditionVocabulary"/> straight from the edition's word hashes
/// (a general set in between cost as much again), then only read; 0 stands for an empty slot,
/// so a hash of 0 is stored as 1 (a 64-bit hash is 0 once in 2^64 words).
/// </summary>
internal sealed class HashSet64
{
    private const int SmallestSize = 16;
    private ulong[] _slots;
    private int _shift;
    private int _count;

    /// <param name="expected">
    /// How many hashes are likely to be added: the array starts at the size they need, so it is
    /// not filled and copied a dozen times over on its way there (for an edition's vocabulary
    /// that copying cost as much as the adding). More may be added.
    /// </param>
    public HashSet64(int expected)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(expected * 2, SmallestSize, 1 << 30));
        _slots = new ulong[size];
        _shift = 64 - BitOperations.Log2((uint)size);
    }

    /// <summary>Adds the hash (again is harmless). Not for a set already being read by other threads.</summary>
    public void Add(ulong hash)
    {
        // At most half full: a miss ends at the first empty slot, a probe or two later.
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        if (Insert(_slots, _shift, hash == 0 ? 1 : hash))
        {
            _count++;
        }
    }

    public bool Contains(ulong hash)
    {
        var value = hash == 0 ? 1 : hash;
        var slots = _slots;
        var slot = Slot(value, _shift);
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

    private void Grow()
    {
        var slots = new ulong[_slots.Length * 2];
        var shift = _shift - 1;
        foreach (var value in _slots)
        {
            if (value != 0)
            {
                Insert(slots, shift, value);
            }
        }

        (_slots, _shift) = (slots, shift);
    }

    /// <returns>True when the value was not there yet.</returns>
    private static bool Insert(ulong[] slots, int shift, ulong value)
    {
        var slot = Slot(value, shift);
        while (slots[slot] != 0)
        {
            if (slots[slot] == value)
            {
                return false;
            }

            slot = (slot + 1) & (slots.Length - 1);
        }

        slots[slot] = value;
        return true;
    }

    private static int Slot(ulong value, int shift) => (int)((value * 0x9E3779B97F4A7C15UL) >> shift);
}
