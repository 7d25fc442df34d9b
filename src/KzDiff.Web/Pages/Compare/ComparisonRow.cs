namespace KzDiff.Web.Pages.Compare;

/// <summary>One row of a section's side-by-side table: a changed sentence or a run of unchanged ones.</summary>
public abstract record ComparisonRow;
