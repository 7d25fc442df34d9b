namespace KzDiff.Web.Pages.Compare;

/// <summary>A flagged sentence in the "most significant first" list, with the section it belongs to.</summary>
/// <param name="Row">The row as the section view shows it.</param>
/// <param name="SectionAnchor">Fragment id of its section.</param>
/// <param name="SectionTitle">Its section's title.</param>
/// <param name="Score">What it is ranked by: its best flag (of the chosen kind).</param>
public sealed record RankedRow(ChangeRow Row, string SectionAnchor, string SectionTitle, double Score);
