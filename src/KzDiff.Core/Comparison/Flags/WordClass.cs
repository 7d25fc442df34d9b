namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// The word lists a token may belong to, as bits: the scanner looks a token up once in a
/// <see cref="WordIndex"/> and every rule then tests a bit instead of probing its own list.
/// A bit means "a word of the list starts like this one"; the list confirms the whole word.
/// </summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,
    Quantity = 1 << 0,
    Negation = 1 << 1,
    Direction = 1 << 2,
    Attribution = 1 << 3,
    Term = 1 << 4,
    NumberWord = 1 << 5,
    NotName = 1 << 6,
    NameJoiner = 1 << 7,
    Month = 1 << 8,
    Reference = 1 << 9,
    Trailing = 1 << 10,
    BeforeIdiomaticOne = 1 << 11,
    AfterIdiomaticOne = 1 << 12,

    /// <summary>The lists a rule scans a sentence for; the others are only asked about one word next to another.</summary>
    Scanned = Quantity | Negation | Direction | Attribution | Term | NumberWord,
}
