using KzDiff.Core.Comparison;

namespace KzDiff.Web.Pages.Compare;

/// <summary>A succeeded comparison read back from the store, with the lineages its history links need.</summary>
public sealed record DecodedComparison(EditionComparison Result, SectionLineages Lineages);
