using System.Collections.Immutable;

namespace KzDiff.Core.Comparison.Corpus;

/// <summary>
/// What one country's comparison of two years tells about the template: its sections' titles on
/// both sides, which old title the engine paired with which new one, and the word edits it made.
/// Kept small so that the evidence of ~200 reports is cheap to hold and to rebuild.
/// </summary>
/// <param name="Country">The country key; evidence for a country leaves its own observation out.</param>
/// <param name="OldTitles">Section titles of the older edition.</param>
/// <param name="NewTitles">Section titles of the newer edition.</param>
/// <param name="Pairs">Old title and new title of every pair the engine made (primary pairs only).</param>
/// <param name="Edits">Distinct signatures of the sentence edits (<see cref="TemplateEditSignature"/>).</param>
public sealed record CorpusObservation(
    string Country,
    ImmutableArray<string> OldTitles,
    ImmutableArray<string> NewTitles,
    ImmutableArray<(string Old, string New)> Pairs,
    ImmutableArray<string> Edits)
{
    /// <summary>The observation of a finished comparison (computed without corpus evidence, so evidence never feeds on itself).</summary>
    public static CorpusObservation From(EditionComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var oldTitles = new List<string>();
        var newTitles = new List<string>();
        var pairs = new List<(string, string)>();
        var edits = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in comparison.Sections)
        {
            if (section.Old is { } old && !section.Split && !section.Merged)
            {
                oldTitles.Add(old.Title);
            }

            if (section.New is { } @new && !section.Split && !section.Merged)
            {
                newTitles.Add(@new.Title);
            }

            if (section is { Old: not null, New: not null, Split: false, Merged: false } && section.Old.Path.Length > 0)
            {
                pairs.Add((section.Old.Title, section.New.Title));
            }

            foreach (var row in section.Sentences)
            {
                if (TemplateEditSignature.Of(row) is { } signature)
                {
                    edits.Add(signature);
                }
            }
        }

        return new CorpusObservation(
            comparison.New.CountryKey, [.. oldTitles], [.. newTitles], [.. pairs], [.. edits.Order(StringComparer.Ordinal)]);
    }
}
