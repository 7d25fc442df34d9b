using System.Globalization;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>
/// Pairs the two ends of every moved sentence by the engine's move id, for the HTML export and the
/// compare page alike, and words where each end points. A move appears twice in a comparison: in
/// the section it left (MovedTo) and in the section it joined (MovedFrom), both with the same
/// <see cref="SentenceChange.MoveId"/>. An end whose partner is not in the comparison (a filtered
/// view, or a result stored before move ids) stays unpaired and links to itself.
/// </summary>
public sealed class MoveAnchors
{
    private readonly Dictionary<SentenceChange, End> _ends = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, SectionReference> _oldSections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SectionReference> _newSections = new(StringComparer.Ordinal);
    private readonly int _oldYear;
    private readonly int _newYear;

    private MoveAnchors(int oldYear, int newYear)
    {
        _oldYear = oldYear;
        _newYear = newYear;
    }

    public static MoveAnchors Assign(EditionComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var anchors = new MoveAnchors(comparison.Old.Year, comparison.New.Year);
        var waiting = new Dictionary<string, (SentenceChange Row, int Section, int Index)>(StringComparer.Ordinal);
        var unpaired = 0;
        for (var s = 0; s < comparison.Sections.Length; s++)
        {
            var section = comparison.Sections[s];
            if (section.Old is not null)
            {
                anchors._oldSections.TryAdd(section.Old.Path, section.Old);
            }

            if (section.New is not null)
            {
                anchors._newSections.TryAdd(section.New.Path, section.New);
            }

            for (var r = 0; r < section.Sentences.Length; r++)
            {
                var row = section.Sentences[r];
                if (row.Status != SentenceStatus.Moved)
                {
                    continue;
                }

                var departing = row.MovedTo is not null;
                if (row.MoveId is { } id && waiting.Remove(id, out var first) && (first.Row.MovedTo is not null) != departing)
                {
                    var (a, b) = (Id(id, first.Row), Id(id, row));
                    // Both ends in one section pair: the sentence changed place inside the section.
                    var sameSection = first.Section == s;
                    anchors._ends[first.Row] = new End(a, b, row, sameSection, sameSection && r > first.Index);
                    anchors._ends[row] = new End(b, a, first.Row, sameSection, sameSection && first.Index > r);
                    continue;
                }

                if (row.MoveId is { } key)
                {
                    waiting[key] = (row, s, r);
                    continue;
                }

                var self = string.Create(CultureInfo.InvariantCulture, $"mx{++unpaired}");
                anchors._ends[row] = new End(self, self, null, false, false);
            }
        }

        foreach (var (row, _, _) in waiting.Values)
        {
            var self = Id(row.MoveId!, row);
            anchors._ends[row] = new End(self, self, null, false, false);
        }

        return anchors;
    }

    /// <summary>The HTML id of a moved row and the id of its other end (its own when unpaired).</summary>
    public (string Id, string Other) For(SentenceChange row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var end = _ends[row];
        return (end.Id, end.Other);
    }

    /// <summary>The other end of a moved row, or null when it is not a move or its partner is not in the comparison.</summary>
    public SentenceChange? OtherEnd(SentenceChange row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _ends.TryGetValue(row, out var end) ? end.Partner : null;
    }

    /// <summary>
    /// Where the other end of a moved row is, in a reader's words: "moved to 3.a Arbitrary Arrest
    /// (2024 numbering)", "moved from 1.c Torture (2023 numbering)", or for a sentence that only
    /// changed place in its section "moved up in this section" / "moved here from further up in
    /// this section". Null for a row that is not a move.
    /// </summary>
    public string? Describe(SentenceChange row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!_ends.TryGetValue(row, out var end))
        {
            return null;
        }

        var departing = row.MovedTo is not null;
        if (end.Reorder)
        {
            // For a departure "later" means the arrival row comes after it: the sentence went down.
            return departing
                ? (end.PartnerLater ? "moved further down in this section" : "moved up in this section")
                : (end.PartnerLater ? "moved here from further down in this section" : "moved here from further up in this section");
        }

        return departing
            ? "moved to " + Place(row.MovedTo!, _newSections, _newYear)
            : "moved from " + Place(row.MovedFrom ?? "", _oldSections, _oldYear);
    }

    /// <summary>Whether both ends of a move are in the same section pair (a reorder, not a move elsewhere).</summary>
    public bool IsReorder(SentenceChange row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _ends.TryGetValue(row, out var end) && end.Reorder;
    }

    /// <summary>"1.c Torture (2023 numbering)"; a section without a number ("Executive Summary") by its title alone.</summary>
    public static string Place(SectionReference section, int year)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (SectionNames.Number(section.Path) is not { } number)
        {
            return section.Title;
        }

        // A sub-heading has no number of its own: the number of the subsection it sits in places it.
        var name = section.Path.Contains('/', StringComparison.Ordinal) ? number + " " + section.Title : SectionNames.Brief(section);
        return string.Create(CultureInfo.InvariantCulture, $"{name} ({year} numbering)");
    }

    private static string Place(string path, Dictionary<string, SectionReference> sections, int year)
    {
        if (sections.TryGetValue(path, out var section))
        {
            return Place(section, year);
        }

        // A section left out of a filtered view: its path is all there is to name it by.
        return SectionNames.Number(path) is null ? path : string.Create(CultureInfo.InvariantCulture, $"{path} ({year} numbering)");
    }

    private static string Id(string moveId, SentenceChange row) => moveId + (row.MovedTo is not null ? "-out" : "-in");

    /// <param name="Reorder">Both ends are in one section pair.</param>
    /// <param name="PartnerLater">The partner row comes after this one in that section.</param>
    private sealed record End(string Id, string Other, SentenceChange? Partner, bool Reorder, bool PartnerLater);
}
