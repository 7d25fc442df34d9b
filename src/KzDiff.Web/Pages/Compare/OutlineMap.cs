using System.Collections.Immutable;

namespace KzDiff.Web.Pages.Compare;

/// <summary>
/// The old outline beside the new one: each old section with where it went (or "removed"), each
/// new section with where it came from (or "added"), each in its own edition's order. A merge is
/// told once, on the new section ("merged from A, B, C"), a split once, on the old one ("split into X, Y").
/// </summary>
/// <param name="Old">The old outline, in old document order.</param>
/// <param name="New">The new outline, in new document order.</param>
/// <param name="Moved">Old sections now elsewhere or under another number.</param>
/// <param name="Added">New sections with no old counterpart.</param>
/// <param name="Removed">Old sections with no new counterpart.</param>
/// <param name="Merges">New sections made of several old ones.</param>
/// <param name="Splits">Old sections that became several new ones.</param>
public sealed record OutlineMap(
    ImmutableArray<OutlineGroup> Old,
    ImmutableArray<OutlineGroup> New,
    int Moved,
    int Added,
    int Removed,
    int Merges,
    int Splits)
{
    public int Changes => Moved + Added + Removed + Merges + Splits;

    /// <summary>Whether anything in either outline moved, came, went or was renamed: otherwise the map is not shown.</summary>
    public bool HasChanges => Old.Concat(New).Any(group => group.Entries.Any(entry => entry.Changed));

    /// <summary>
    /// Of the <see cref="Moved"/> sections, those now under another parent (1.c Torture to 3.a). The
    /// rest kept their parent under another number or title: a sub-heading renamed in place reads as a
    /// move, because sub-headings are known by their titles.
    /// </summary>
    public int Relocated { get; init; }

    /// <summary>
    /// Open at first only after a restructuring (sections moved under other parents, merged, split or
    /// removed); renumbered or renamed sections and a few additions stay one click away.
    /// </summary>
    public bool Restructured => Relocated + Merges + Splits + Removed > 3;
}
