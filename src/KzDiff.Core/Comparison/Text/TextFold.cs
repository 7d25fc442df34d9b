using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KzDiff.Core.Comparison.Text;

/// <summary>
/// Folds report text into the forms the engine compares. Hand-written loops rather than Regex:
/// these run once per sentence of both editions and dominate preprocessing time.
/// </summary>
internal static class TextFold
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>
    /// Hash of the sentence with everything that PDF extraction and typography disturb removed:
    /// case, whitespace, quotes, dashes and hyphens (so "quasiindependent" equals
    /// "quasi-independent" and "NurSultan" equals "Nur-Sultan"). Punctuation between two digits
    /// is kept so "1.8" and "18" stay different.
    /// </summary>
    public static ulong SqueezeHash(string text)
    {
        var hash = FnvOffset;
        for (var i = 0; i < text.Length; i++)
        {
            var folded = Fold(text[i]);
            if (folded != '\0')
            {
                hash = (hash ^ folded) * FnvPrime;
            }
            else if ((text[i] == '.' || text[i] == ',') && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                hash = (hash ^ text[i]) * FnvPrime;
            }
        }

        return hash;
    }

    /// <summary>Hashes of the words (runs of letters and digits, case-folded) in order.</summary>
    public static ulong[] WordHashes(string text)
    {
        var buffer = System.Buffers.ArrayPool<ulong>.Shared.Rent(Math.Max(16, (text.Length / 2) + 1));
        var n = 0;
        var hash = FnvOffset;
        var inWord = false;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                hash = (hash ^ folded) * FnvPrime;
                inWord = true;
            }
            else if (inWord)
            {
                buffer[n++] = hash;
                hash = FnvOffset;
                inWord = false;
            }
        }

        if (inWord)
        {
            buffer[n++] = hash;
        }

        var result = buffer.AsSpan(0, n).ToArray();
        System.Buffers.ArrayPool<ulong>.Shared.Return(buffer);
        return result;
    }

    public static int CountWords(string text)
    {
        // Eight characters at a time: a word starts where a letter or digit follows anything else.
        // The statistics and the summary count every changed sentence of a comparison this way.
        var span = text.AsSpan();
        var count = 0;
        var inWord = false;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
            for (; i + Vector128<ushort>.Count <= span.Length; i += Vector128<ushort>.Count)
            {
                var chars = Vector128.LoadUnsafe(ref start, (nuint)i);
                if (Vector128.GreaterThanOrEqualAny(chars, Vector128.Create((ushort)128)))
                {
                    // Letters beyond ASCII go through the Unicode tables, one by one.
                    for (var k = i; k < i + Vector128<ushort>.Count; k++)
                    {
                        var letter = Fold(span[k]) != '\0';
                        count += letter && !inWord ? 1 : 0;
                        inWord = letter;
                    }

                    continue;
                }

                var lower = chars | Vector128.Create((ushort)0x20);
                var letters = Vector128.LessThan(lower - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
                var digits = Vector128.LessThan(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
                var mask = (letters | digits).ExtractMostSignificantBits();
                count += BitOperations.PopCount(mask & ~((mask << 1) | (inWord ? 1u : 0u)));
                inWord = (mask & (1u << (Vector128<ushort>.Count - 1))) != 0;
            }
        }

        for (; i < span.Length; i++)
        {
            var letter = Fold(span[i]) != '\0';
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }

    /// <summary>The lower-case form of a letter or digit, or '\0' for anything else; a table for ASCII.</summary>
    private static char Fold(char c)
    {
        if (c < 128)
        {
            return AsciiFold[c];
        }

        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
    }

    private static readonly char[] AsciiFold = BuildAsciiFold();

    private static char[] BuildAsciiFold()
    {
        var table = new char[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = char.IsAsciiLetterOrDigit((char)c) ? char.ToLowerInvariant((char)c) : '\0';
        }

        return table;
    }

    /// <summary>Sorted distinct copy of <paramref name="hashes"/>, the form set similarity works on.</summary>
    public static ulong[] DistinctSorted(ReadOnlySpan<ulong> hashes)
    {
        if (hashes.IsEmpty)
        {
            return [];
        }

        // Copied into pooled scratch, so only the result is allocated: these copies were a tenth
        // of a whole comparison's allocations, and a native compare spends more on first touching
        // fresh memory than on the sorting itself.
        var keys = ArrayPool<ulong>.Shared.Rent(hashes.Length);
        try
        {
            hashes.CopyTo(keys);
            return DistinctSortedInPlace(keys.AsSpan(0, hashes.Length));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
        }
    }

    /// <summary>
    /// Sorted distinct copy of <paramref name="keys"/>, sorting them where they are: for callers
    /// that gather the hashes into scratch of their own, which would otherwise be copied again.
    /// </summary>
    public static ulong[] DistinctSortedInPlace(Span<ulong> keys)
    {
        if (keys.IsEmpty)
        {
            return [];
        }

        Sort(keys);
        var n = 1;
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] != keys[n - 1])
            {
                keys[n++] = keys[i];
            }
        }

        return keys[..n].ToArray();
    }

    // Below this many keys a comparison sort is as quick as the radix passes.
    private const int RadixSortThreshold = 256;

    private const int RadixBits = 11;

    // Shingle sets of whole sections run to tens of thousands of hashes: an LSD radix sort (six
    // passes of 11 bits) takes a third of the time of Array.Sort's introsort there, which was a
    // tenth of a whole native compare. The order is the same: ascending.
    private static void Sort(Span<ulong> keys)
    {
        if (keys.Length < RadixSortThreshold)
        {
            keys.Sort();
            return;
        }

        // The second buffer is rented on its own rather than with the keys in one array twice as
        // long: a whole chapter's shingles (up to 8,192) then stay in pool buckets below the large
        // object heap, whose allocations set off a full collection in a native compare.
        var spare = ArrayPool<ulong>.Shared.Rent(keys.Length);
        try
        {
            RadixSort(keys, spare.AsSpan(0, keys.Length));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(spare);
        }
    }

    private static void RadixSort(Span<ulong> keys, Span<ulong> spare)
    {
        const int Buckets = 1 << RadixBits;
        Span<int> starts = stackalloc int[Buckets];
        var source = keys;
        var target = spare;
        for (var shift = 0; shift < 64; shift += RadixBits)
        {
            starts.Clear();
            foreach (var key in source)
            {
                starts[(int)(key >> shift) & (Buckets - 1)]++;
            }

            // Every key in one bucket: this digit orders nothing.
            if (starts[(int)(source[0] >> shift) & (Buckets - 1)] == source.Length)
            {
                continue;
            }

            var sum = 0;
            for (var bucket = 0; bucket < Buckets; bucket++)
            {
                var count = starts[bucket];
                starts[bucket] = sum;
                sum += count;
            }

            foreach (var key in source)
            {
                target[starts[(int)(key >> shift) & (Buckets - 1)]++] = key;
            }

            var swap = source;
            source = target;
            target = swap;
        }

        if (source != keys)
        {
            source.CopyTo(keys);
        }
    }

    /// <summary>Size of the intersection of two sorted distinct arrays.</summary>
    public static int IntersectionCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            if (x == y)
            {
                common++;
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    /// <summary>Dice coefficient of two sorted distinct arrays; 1 when both are empty.</summary>
    public static double Dice(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length + b.Length == 0)
        {
            return 1;
        }

        return 2.0 * IntersectionCount(a, b) / (a.Length + b.Length);
    }

    /// <summary>Sorted distinct union of two sorted distinct arrays.</summary>
    public static ulong[] Union(ulong[] a, ulong[] b)
    {
        var result = new ulong[a.Length + b.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Length || j < b.Length)
        {
            if (j >= b.Length || (i < a.Length && a[i] < b[j]))
            {
                result[n++] = a[i++];
            }
            else if (i >= a.Length || b[j] < a[i])
            {
                result[n++] = b[j++];
            }
            else
            {
                result[n++] = a[i++];
                j++;
            }
        }

        return n == result.Length ? result : result[..n];
    }

    /// <summary>
    /// A title reduced to its letters and digits, lower case, so "INTERNET FREEDOM" and
    /// "Internet Freedom", "Anti-Semitism" and "Antisemitism" fold to the same string.
    /// </summary>
    public static string LooseKey(string key)
    {
        return string.Create(CountLetters(key), key, static (span, source) =>
        {
            var n = 0;
            foreach (var c in source)
            {
                if (char.IsLetterOrDigit(c))
                {
                    span[n++] = char.ToLowerInvariant(c);
                }
            }
        });
    }

    private static int CountLetters(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                n++;
            }
        }

        return n;
    }
}
