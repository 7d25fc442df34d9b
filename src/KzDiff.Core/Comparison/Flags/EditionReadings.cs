using System.Runtime.CompilerServices;
using KzDiff.Core.Comparison.Alignment;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// The readings of one edition's sentences, each read once per edition and word index and then
/// shared by every comparison of the edition, as its hashes are (<see cref="EditionProfile"/>):
/// an edition is compared with both neighbours and a comparison is made again for each request,
/// so reading every changed sentence anew was the largest single cost of flagging. Only the
/// sentences a comparison asks about are read. A text of no sentence (two joined by a split or a
/// merge, see <see cref="EditionProfile.OrdinalOf"/>) is not kept here.
/// </summary>
internal sealed class EditionReadings
{
    private static readonly ConditionalWeakTable<EditionProfile, EditionReadings> Cache = new();
    private readonly EditionProfile _profile;
    private readonly SentenceReading?[] _readings;
    private readonly WordIndex _index;

    private EditionReadings(EditionProfile profile, WordIndex index)
    {
        _index = index;
        _profile = profile;
        _readings = new SentenceReading?[profile.Sentences.Count];
    }

    /// <summary>
    /// The edition's readings with <paramref name="index"/>'s word classes. A comparison watching
    /// other terms replaces the edition's readings (the classes of every token depend on the terms).
    /// </summary>
    public static EditionReadings For(EditionProfile profile, WordIndex index)
    {
        if (Cache.TryGetValue(profile, out var readings) && ReferenceEquals(readings._index, index))
        {
            return readings;
        }

        readings = new EditionReadings(profile, index);
        Cache.AddOrUpdate(profile, readings);
        return readings;
    }

    /// <summary>
    /// The reading of the edition's sentence <paramref name="text"/> (the same string instance),
    /// read on first request; null when the text is no sentence of the edition. A reading given
    /// out here is shared and never loaded again.
    /// </summary>
    public SentenceReading? Of(string text)
    {
        var ordinal = _profile.OrdinalOf(text);
        if (ordinal < 0)
        {
            return null;
        }

        var reading = Volatile.Read(ref _readings[ordinal]);
        if (reading is null)
        {
            // Concurrent comparisons may both read a sentence: the readings are equal, one is kept.
            var fresh = SentenceReading.Read(text, _index);
            reading = Interlocked.CompareExchange(ref _readings[ordinal], fresh, null) ?? fresh;
        }

        return reading;
    }
}
