using KzDiff.Service.Editions;
using KzDiff.Service.Storage;

namespace KzDiff.Service.Lineage;

/// <summary>Where a lineage request stands: <see cref="Json"/> holds the stored document once succeeded.</summary>
/// <param name="Edition">The edition whose sentences are traced.</param>
/// <param name="Status">Queued or running while a job computes it; succeeded when stored.</param>
/// <param name="Json">The stored <see cref="SentenceLineageDocument"/> as JSON, when succeeded.</param>
/// <param name="PreviousError">Why the last run failed, when this request queued it again.</param>
public sealed record LineageRequest(EditionSummary Edition, ComparisonState Status, string? Json, string? PreviousError)
{
    public bool IsReady => Json is not null;
}
