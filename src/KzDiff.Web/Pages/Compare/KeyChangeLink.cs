using KzDiff.Core.Comparison.Summaries;

namespace KzDiff.Web.Pages.Compare;

/// <summary>A key change of the summary as the page lists it.</summary>
/// <param name="Change">The summary's key change.</param>
/// <param name="Anchor">The fragment id of its row or section (the contract's <c>anchor</c>).</param>
/// <param name="Shown">Whether that row or section is on the page under the current filters (else the link clears them).</param>
public sealed record KeyChangeLink(KeyChange Change, string Anchor, bool Shown);
