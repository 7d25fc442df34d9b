using KzDiff.Service.Editions;
using KzDiff.Service.Lineage;

namespace KzDiff.Web.Api;

/// <summary><c>GET /api/editions/{id}</c>: the edition and its sections with their lineage ids.</summary>
public sealed record EditionDetail(EditionSummary Edition, IReadOnlyList<SectionLineage> Sections);
