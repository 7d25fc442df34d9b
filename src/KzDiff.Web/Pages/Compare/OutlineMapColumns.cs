namespace KzDiff.Web.Pages.Compare;

/// <summary>
/// The two columns of the <see cref="OutlineMap"/>, as the page writes them after a restructuring
/// and as the address the script asks when the reader opens the map writes them otherwise.
/// </summary>
/// <param name="Map">The map.</param>
/// <param name="OldYear">Year of the old edition, the first column's heading.</param>
/// <param name="NewYear">Year of the new edition, the second column's heading.</param>
/// <param name="LinkBase">What goes before an entry's "#anchor": empty on the page itself, the unfiltered page's path when filters may have left the section out.</param>
public sealed record OutlineMapColumns(OutlineMap Map, int OldYear, int NewYear, string LinkBase);
