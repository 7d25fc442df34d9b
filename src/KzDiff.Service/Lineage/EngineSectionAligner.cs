using KzDiff.Core.Editions;
using KzDiff.Service.Comparisons;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Lineage;

/// <summary>
/// Pairs sections with the comparison engine's section alignment (without its sentence work) (titles, numbering, position and
/// body together), so lineage follows renames, moves and splits. Most confident pairs first, so a
/// split section's lineage goes to the part that continues it best. Should the engine fail on a
/// pair, titles and paths still link what they can rather than failing the import.
/// </summary>
public sealed class EngineSectionAligner(IComparisonEngine engine, TitleSectionAligner fallback, ILogger<EngineSectionAligner> logger) : ISectionAligner
{
    public IReadOnlyList<(string OlderPath, string NewerPath)> Align(Edition older, Edition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        try
        {
            var pairs = engine.AlignSections(older, newer)
                .OrderByDescending(s => s.Confidence)
                .ThenByDescending(s => s.Similarity)
                .Select(s => (s.Old.Path, s.New.Path))
                .ToList();
            // The document roots are one lineage by definition; the engine may leave them unpaired.
            pairs.Add((older.Root.Path, newer.Root.Path));
            return pairs;
        }
#pragma warning disable CA1031 // An engine bug on one pair must not block storing an edition.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Engine alignment failed for {Old} -> {New}; linking sections by title", older.Metadata.SourceName, newer.Metadata.SourceName);
            return fallback.Align(older, newer);
        }
    }
}
