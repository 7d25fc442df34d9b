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

    /// <summary>The name as printed.</summary>
    public string Text(SentenceReading reading) => _text ??= reading.Span(First, Last);

    /// <summary>The last word, which later sentences use alone; null for a name of one word.</summary>
    public string? Surname(SentenceReading reading) => First == Last ? null : _surname ??= reading.Span(Last, Last);
}
