using System.Collections.Immutable;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>
/// One section as a reader of the new edition meets it: a section of the new outline with every
/// pair that ended in it (several for a merge), or a removed old section placed among its old neighbours.
/// </summary>
/// <param name="Path">The new section's path; the old one for a removed section.</param>
/// <param name="Depth">Outline depth of <paramref name="Path"/>.</param>
/// <param name="Parent">Index in the reading order of the section it sits under, or -1 at the top.</param>
/// <param name="Pairs">Indices into the comparison's sections, in old document order.</param>
/// <param name="New">The new section; null when removed.</param>
/// <param name="Olds">The old sections it came from, in old document order (empty when added; more than one when merged).</param>
/// <param name="SplitFrom">Its one old section became several new ones, this among them.</param>
/// <param name="WentTo">For a removed section, the new sections its moved sentences went to, in new order; otherwise empty.</param>
public sealed record ReadingEntry(
    string Path,
    int Depth,
    int Parent,
    ImmutableArray<int> Pairs,
    SectionReference? New,
    ImmutableArray<SectionReference> Olds,
    bool SplitFrom,
    ImmutableArray<SectionReference> WentTo)
{
    public bool Removed => New is null;

    public bool Added => New is not null && Olds.IsEmpty;

    public bool Merged => Olds.Length > 1;

    /// <summary>Its one old section stood elsewhere in the outline (1.c that became 3.a).</summary>
    public bool MovedFrom => New is not null && Olds.Length == 1 && !SplitFrom && Olds[0].Path != New.Path;

    /// <summary>The section's title in the edition it belongs to.</summary>
    public string Title => New?.Title ?? (Olds.IsEmpty ? "" : Olds[0].Title);
}
