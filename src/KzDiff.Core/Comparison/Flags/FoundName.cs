namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// A name in a sentence, as <see cref="EntityRule"/> finds it once per reading: its tokens and
/// what the sentence alone decides about it, and its text, cut at the first comparison that
/// flags it and kept for the next (a reading is shared by every comparison of its edition).
/// </summary>
internal sealed class FoundName
{
    private string? _text;
    private string? _surname;

    // Whether the other edition of a comparison mentions the name, for the last two editions
    // asked: a reading is shared by its edition's comparisons with both neighbours, and asking
    // the vocabulary again (hashing the words, probing its sets) was most of the rule's time.
    private Answer? _latest;
    private Answer? _previous;

    public FoundName(int first, int last, bool oneWordName, bool hasLastTwo)
    {
        First = first;
        Last = last;
        OneWordName = oneWordName;
        HasLastTwo = hasLastTwo;
    }

    /// <summary>The name's first token.</summary>
    public int First { get; }

    /// <summary>The name's last token.</summary>
    public int Last { get; }

    /// <summary>One word that is no acronym: mostly a place or a nationality, not flagged as new.</summary>
    public bool OneWordName { get; }

    /// <summary>Three words or more ending in two name words: a title in front ("President Kassym-Jomart Tokayev") may be new when the person is not.</summary>
    public bool HasLastTwo { get; }

    /// <summary>
    /// True when <paramref name="other"/> mentions the name, or its last two words when a title
    /// may stand in front (<see cref="HasLastTwo"/>); <paramref name="reading"/> is the sentence the name was found in.
    /// </summary>
    public bool MentionedIn(EditionVocabulary other, SentenceReading reading)
    {
        var edition = other.Identity;
        if (Volatile.Read(ref _latest) is { } latest && ReferenceEquals(latest.Edition, edition))
        {
            return latest.Mentioned;
        }

        if (Volatile.Read(ref _previous) is { } previous && ReferenceEquals(previous.Edition, edition))
        {
            return previous.Mentioned;
        }

        var mentioned = other.Mentions(reading, First, Last) || (HasLastTwo && other.Mentions(reading, Last - 1, Last));

        // Concurrent comparisons may mix the two slots up; every answer kept is right for its edition.
        Volatile.Write(ref _previous, Volatile.Read(ref _latest));
        Volatile.Write(ref _latest, new Answer(edition, mentioned));
        return mentioned;
    }

    /// <summary>The name as printed.</summary>
    public string Text(SentenceReading reading) => _text ??= reading.Span(First, Last);

    /// <summary>The last word, which later sentences use alone; null for a name of one word.</summary>
    public string? Surname(SentenceReading reading) => First == Last ? null : _surname ??= reading.Span(Last, Last);

    private sealed record Answer(object Edition, bool Mentioned);
}
